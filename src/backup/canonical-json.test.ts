import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJSON } from './canonical-json';

describe('canonicalJSON', () => {
  it('writes the same bytes whatever order the keys were built in', () => {
    const a = canonicalJSON({ b: 1, id: 'x', a: { z: 1, y: [{ q: 1, p: 2 }] } });
    const b = canonicalJSON({ a: { y: [{ p: 2, q: 1 }], z: 1 }, id: 'x', b: 1 });
    expect(a).toBe(b);
    expect(a).toBe(
      '{\n  "id": "x",\n  "a": {\n    "y": [\n      {\n        "p": 2,\n        "q": 1\n      }\n    ],\n    "z": 1\n  },\n  "b": 1\n}\n',
    );
  });

  it('leaves out undefined fields as JSON.stringify does', () => {
    expect(canonicalJSON({ a: undefined, b: null })).toBe('{\n  "b": null\n}\n');
  });
});

describe('canonicalJSON of what is in order already', () => {
  it('gives the same bytes as a copy put in order, for nested objects and arrays in and out of order', () => {
    const ordered = { id: 'n', kind: 'text', tags: [{ id: 'a', b: 1 }], z: { a: 1, b: [1, { c: 2, d: 3 }] } };
    const shuffled = { z: { b: [1, { d: 3, c: 2 }], a: 1 }, tags: [{ b: 1, id: 'a' }], kind: 'text', id: 'n' };
    expect(canonicalJSON([ordered, shuffled, { ...ordered, gone: undefined }])).toBe(
      `${JSON.stringify([ordered, ordered, ordered], null, 2)}\n`,
    );
  });
});

/** The plain definition: every object's keys sorted afresh (integer-like ones first, as any object has them). */
function sortedCopy(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(sortedCopy);
  const first = ['format', 'version', 'exportedAt', 'session', 'sections', 'notes', 'id', 'kind', 'type'];
  const rank = (key: string) => (first.includes(key) ? first.indexOf(key) : first.length);
  const out: Record<string, unknown> = {};
  const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  for (const key of keys) out[key] = sortedCopy((value as Record<string, unknown>)[key]);
  return out;
}

describe('canonicalJSON against keys sorted afresh in every object', () => {
  const key = fc.constantFrom('id', 'kind', 'type', 'notes', 'a', 'b', 'z', '10', '9', '0', '__proto__x', 'é');
  const json = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.oneof(fc.integer(), fc.string({ maxLength: 4 }), fc.constant(null), fc.constant(undefined)),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(key, tie('value'), { maxKeys: 6 }),
    ),
  })).value;

  it('gives the same bytes for any mix of objects in and out of order, nested either way', () => {
    fc.assert(
      fc.property(fc.array(json, { maxLength: 30 }), (values) => {
        expect(canonicalJSON(values)).toBe(`${JSON.stringify(sortedCopy(values), null, 2)}\n`);
      }),
    );
  });

  it('gives the same bytes past the number of key orders it keeps', () => {
    const keys = ['a', 'b', 'c', 'd', 'e', 'f'];
    const many = Array.from({ length: 720 }, (_, n) => {
      const order = [...keys];
      for (let i = order.length - 1, m = n; i > 0; i--, m = Math.floor(m / (i + 1))) {
        const j = m % (i + 1);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      return Object.fromEntries(order.map((k) => [k, { y: n, x: k }]));
    });
    expect(canonicalJSON(many)).toBe(`${JSON.stringify(sortedCopy(many), null, 2)}\n`);
  });
});
