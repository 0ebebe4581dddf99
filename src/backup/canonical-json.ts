/**
 * Deterministic JSON: keys in one fixed order whatever order the records were built in, two-space indent, final
 * newline. With sorted records this makes export -> import -> export byte-identical, and diffs of two backups
 * readable. The identifying keys come first so a person reading the file sees what each object is.
 */
const FIRST_KEYS = ['format', 'version', 'exportedAt', 'session', 'sections', 'notes', 'id', 'kind', 'type'];

function rank(key: string): number {
  const i = FIRST_KEYS.indexOf(key);
  return i < 0 ? FIRST_KEYS.length : i;
}

function compareKeys(a: string, b: string): number {
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function reorder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reorder);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort(compareKeys)) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = reorder(v);
  }
  return out;
}

export function canonicalJSON(value: unknown): string {
  return `${JSON.stringify(reorder(value), null, 2)}\n`;
}
