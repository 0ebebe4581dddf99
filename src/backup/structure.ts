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

/** The first structural problem of a parsed value, or null. */
export function structureProblem(value: unknown): string | null {
  const stack: { value: unknown; at: string; depth: number }[] = [{ value, at: '', depth: 0 }];
  while (stack.length > 0) {
    const { value: node, at, depth } = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= MAX_DEPTH) return `${fieldPath(at)}: nests too deep (a backup has at most ${MAX_DEPTH} levels)`;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push({ value: node[i], at: pointer(at, i), depth: depth + 1 });
      continue;
    }
    for (const key of Object.keys(node)) {
      if (key in Object.prototype)
        return `${fieldPath(pointer(at, key))}: a field may not be named ${JSON.stringify(key)}`;
      stack.push({ value: (node as Record<string, unknown>)[key], at: pointer(at, key), depth: depth + 1 });
    }
  }
  return null;
}
