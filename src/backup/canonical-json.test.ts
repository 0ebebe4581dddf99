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
