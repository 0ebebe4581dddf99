/**
 * What a JSON Schema cannot say safely, checked first and without recursion, so that no file can drive a stack
 * overflow or a prototype trick in anything after it (the validator, canonical JSON, the renderers):
 * - nesting: a backup is at most MAX_DEPTH levels deep (the deepest real path, a quoted tweet's part in a thread,
 *   is 9); a file nested 5,000 levels deep gets one named refusal instead of "Maximum call stack size exceeded";
 * - keys: none may be a name that plain objects inherit (`__proto__`, `constructor`, `toString`...). Such a key
 *   can set an object's prototype when copied, and the generated validator's bookkeeping of known fields reads
 *   `props[key]`, where an inherited name looks known.
 */
import { fieldPath } from './problems';

export const MAX_DEPTH = 12;

const pointer = (parent: string, key: string | number) =>
  `${parent}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;

/** A node still to visit: its place is kept as its parent and key, and written out only for a problem. */
interface Place {
  parent: Place | null;
  key: string | number;
}

function pointerOf(place: Place | null): string {
  const keys: (string | number)[] = [];
  for (let p = place; p; p = p.parent) keys.push(p.key);
  return keys.reduceRight<string>((at, key) => pointer(at, key), '');
}

/** The first structural problem of a parsed value, or null. */
export function structureProblem(value: unknown): string | null {
  // Only objects and arrays are pushed, and no path is built unless one is wrong: a 100,000-note file has
  // about two million values.
  const stack: { node: object; place: Place | null; depth: number }[] = [];
  if (typeof value === 'object' && value !== null) stack.push({ node: value, place: null, depth: 0 });
  while (stack.length > 0) {
    const { node, place, depth } = stack.pop()!;
    if (depth >= MAX_DEPTH)
      return `${fieldPath(pointerOf(place))}: nests too deep (a backup has at most ${MAX_DEPTH} levels)`;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) {
        const item: unknown = node[i];
        if (typeof item === 'object' && item !== null)
          stack.push({ node: item, place: { parent: place, key: i }, depth: depth + 1 });
      }
      continue;
    }
    for (const key of Object.keys(node)) {
      if (key in Object.prototype)
        return `${fieldPath(pointerOf({ parent: place, key }))}: a field may not be named ${JSON.stringify(key)}`;
      const item = (node as Record<string, unknown>)[key];
      if (typeof item === 'object' && item !== null)
        stack.push({ node: item, place: { parent: place, key }, depth: depth + 1 });
    }
  }
  return null;
}
