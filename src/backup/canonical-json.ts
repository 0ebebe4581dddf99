/**
 * Deterministic JSON: keys in one fixed order whatever order the records were built in, two-space indent, final
 * newline. With sorted records this makes export -> import -> export byte-identical, and diffs of two backups
 * readable. The identifying keys come first so a person reading the file sees what each object is.
 */
const FIRST_KEYS = ['format', 'version', 'exportedAt', 'session', 'sections', 'notes', 'id', 'kind', 'type'];
const RANK = new Map(FIRST_KEYS.map((key, i) => [key, i]));

function compareKeys(a: string, b: string): number {
  return (RANK.get(a) ?? FIRST_KEYS.length) - (RANK.get(b) ?? FIRST_KEYS.length) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * What one export learns as it goes. Records of one kind list their keys alike, so: for each key, the key last
 * seen rightly after it (most pairs are then checked by one look-up, not a comparison); and for each list of keys
 * out of order, the order to write them in (sorted once).
 */
interface Seen {
  next: Map<string, string>;
  orders: Map<string, number[]>;
}

function follows(previous: string, key: string, seen: Seen): boolean {
  if (seen.next.get(previous) === key) return true;
  if (compareKeys(previous, key) >= 0) return false;
  seen.next.set(previous, key);
  return true;
}

/** Kinds of records are few; a file of objects each listing its keys its own way gets them sorted one by one. */
const ORDERS_KEPT = 256;

function orderOf(keys: string[], seen: Seen): number[] {
  const signature = keys.join('\u0000');
  let order = seen.orders.get(signature);
  if (!order) {
    order = keys.map((_, i) => i).sort((a, b) => compareKeys(keys[a]!, keys[b]!));
    if (seen.orders.size < ORDERS_KEPT) seen.orders.set(signature, order);
  }
  return order;
}

/**
 * The value with its objects' keys in the fixed order and undefined fields dropped. What is in order already is
 * given back as it is, not copied: records the store got from a backup are, and a 100,000-note export (over a
 * million keys) then allocates next to nothing here.
 */
export function reorder(value: unknown, seen: Seen): unknown {
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item !== 'object' || item === null) continue;
      const next = reorder(item, seen);
      if (next !== item) (copy ??= value.slice())[i] = next;
    }
    return copy ?? value;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let inOrder = true;
  // The values to write, made only once one differs from the record's (a nested object put in order).
  let values: unknown[] | null = null;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const item = record[key];
    if (item === undefined || (i > 0 && !follows(keys[i - 1]!, key, seen))) inOrder = false;
    if (typeof item !== 'object' || item === null) {
      if (values) values[i] = item;
      continue;
    }
    const next = reorder(item, seen);
    if (next !== item && !values) values = keys.slice(0, i).map((k) => record[k]);
    if (values) values[i] = next;
  }
  if (inOrder && !values) return value;
  // Integer-like keys come first in any object, whatever order they are set in, and JSON.stringify writes them so.
  const out: Record<string, unknown> = {};
  for (const i of inOrder ? keys.keys() : orderOf(keys, seen)) {
    const item = values ? values[i] : record[keys[i]!];
    if (item !== undefined) out[keys[i]!] = item;
  }
  return out;
}

export function canonicalJSON(value: unknown): string {
  const seen: Seen = { next: new Map(), orders: new Map() };
  const ordered = typeof value === 'object' && value !== null ? reorder(value, seen) : value;
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
