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
