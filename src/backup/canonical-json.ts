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

/**
 * The value with its objects' keys in the fixed order and undefined fields dropped. What is in order already is
 * given back as it is, not copied: records the store got from a backup are, and a 100,000-note export then
 * allocates next to nothing here.
 */
function reorder(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const next = reorder(item);
      if (next !== item) (copy ??= value.slice())[i] = next;
    }
    return copy ?? value;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  const values = keys.map((key) => reorder(record[key]));
  let same = true;
  for (let i = 0; i < keys.length && same; i++) {
    same =
      values[i] !== undefined && values[i] === record[keys[i]!] && (i === 0 || compareKeys(keys[i - 1]!, keys[i]!) < 0);
  }
  if (same) return value;
  const out: Record<string, unknown> = {};
  for (const i of keys.map((_, i) => i).sort((a, b) => compareKeys(keys[a]!, keys[b]!))) {
    if (values[i] !== undefined) out[keys[i]!] = values[i];
  }
  return out;
}

export function canonicalJSON(value: unknown): string {
  return `${JSON.stringify(reorder(value), null, 2)}\n`;
}
