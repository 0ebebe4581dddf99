/**
 * The bounds of a backup: what a crafted file cannot do. Each refusal is one line naming the field and the
 * reason; nothing nests past one quote, no key is an inherited name, orders and sizes are bounded, and the
 * lesser traps (a byte-order mark, a missing kind) are said plainly.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_DEPTH } from './structure';
import { sampleBackupText, withChange } from './test-support';
import { parseBackup } from './validate';

let good: string;

beforeAll(async () => {
  good = await sampleBackupText();
});

const broken = (change: (b: any) => void): string => withChange(good, change);

const problems = (text: string) => {
  const check = parseBackup(text);
  return check.ok ? [] : check.problems;
};

describe('bounded structure', () => {
  it('refuses a quote inside a quote: X shows one level', () => {
    const text = broken((b) => {
      const t = b.sessions[0].notes[2].post;
      t.quoted.quoted = { ...t.quoted };
    });
    expect(problems(text)).toEqual(['sessions[0].notes[2].post.quoted.quoted: is not a field of this format']);
  });

  it('refuses a thread inside a thread', () => {
    const text = broken((b) => {
      const t = b.sessions[0].notes[2].post;
      t.thread[0].thread = [structuredClone(t.thread[0])];
    });
    expect(problems(text)).toEqual([
      "sessions[0].notes[2].post.thread[0].thread: is not a field of this format (a thread's post has no thread)",
    ]);
  });

  it('refuses quotes nested 1,000 and 5,000 deep with one named line, not a stack overflow', () => {
    for (const depth of [1000, 5000]) {
      // Written as text: building such a value and stringifying it would overflow the test's own stack.
      const quoted = JSON.stringify(JSON.parse(good).sessions[0].notes[2].post.quoted);
      const nested = `${`${quoted.slice(0, -1)}, "quoted": `.repeat(depth)}${quoted}${'}'.repeat(depth)}`;
      const text = broken((b) => {
        b.sessions[0].notes[2].post.quoted = '@@';
      }).replace('"@@"', nested);
      const found = problems(text);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(
        /^sessions\[0\]\.notes\[2\]\.post(\.quoted)+: nests too deep \(a backup has at most 12 levels\)$/,
      );
    }
  });

  it('refuses arrays nested 100,000 deep anywhere', () => {
    const text = good.replace('"tags": [', `"tags": ${'['.repeat(100_000)}${']'.repeat(100_000)}, "x": [`);
    expect(problems(text)[0]).toMatch(/nests too deep/);
    expect(MAX_DEPTH).toBe(12);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'refuses a key named %s inside a note or a tweet part',
    (key) => {
      const inNote = good.replace('"kind": "text",', `"kind": "text", ${JSON.stringify(key)}: {"polluted": true},`);
      expect(problems(inNote)).toEqual([`sessions[0].notes[0].${key}: a field may not be named "${key}"`]);
      const inPart = good.replace('"type": "text",', `"type": "text", ${JSON.stringify(key)}: 1,`);
      expect(problems(inPart)[0]).toContain(`a field may not be named "${key}"`);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('refuses an order of 2^63 or beyond 2^50, and numbers JSON turns into Infinity', () => {
    expect(problems(good.replace('"order": 1024', '"order": 9223372036854775808'))[0]).toMatch(
      /order: must be at most 1125899906842624$/,
    );
    expect(problems(good.replace('"order": 1024', '"order": 1e400'))[0]).toMatch(/order: must be a number$/);
    expect(problems(good.replace('"order": 1024', '"order": -1125899906842625'))[0]).toMatch(
      /order: must be at least -1125899906842624$/,
    );
    expect(problems(good.replace('"order": 1024', '"order": 1125899906842624'))).toEqual([]);
  });

  it('refuses a 10 MB note and a 39-character lang, naming the limit', () => {
    expect(
      problems(
        broken((b) => {
          b.sessions[1].notes[0].text = 'a'.repeat(10_000_000);
        }),
      ),
    ).toEqual(['sessions[1].notes[0].text: must be at most 1000000 characters']);
    expect(
      problems(
        broken((b) => {
          b.sessions[0].notes[2].post.lang = 'x'.repeat(39);
        }),
      ),
    ).toEqual(['sessions[0].notes[2].post.lang: must be at most 35 characters']);
    expect(
      problems(
        broken((b) => {
          b.sessions[0].notes[2].post.parts[4].href = `https://t.co/${'a'.repeat(4100)}`;
        }),
      ),
    ).toEqual(['sessions[0].notes[2].post.parts[4].href: must be at most 4096 characters']);
  });
});

describe('lesser traps, said plainly', () => {
  it('a missing kind is reported as the missing kind', () => {
    expect(
      problems(
        broken((b) => {
          delete b.sessions[1].notes[0].kind;
        }),
      ),
    ).toEqual(['sessions[1].notes[0].kind: is missing']);
  });

  it('a missing part type is reported as the missing type', () => {
    expect(
      problems(
        broken((b) => {
          delete b.sessions[0].notes[2].post.parts[0].type;
        }),
      ),
    ).toEqual(['sessions[0].notes[2].post.parts[0].type: is missing']);
  });

  it('a file starting with a byte-order mark reads as the same backup', () => {
    const check = parseBackup(`\uFEFF${good}`);
    expect(check.ok && check.backup.sessions.length).toBe(2);
  });

  it('only a tweet note may carry a dedupe key', () => {
    expect(
      problems(
        broken((b) => {
          b.sessions[1].notes[0].sourceKey = 'x:1044';
        }),
      ),
    ).toEqual(['sessions[1].notes[0].sourceKey: is not a field of this kind']);
  });

  it('lone surrogates are text like any other: kept, not refused', () => {
    expect(
      problems(
        broken((b) => {
          b.sessions[1].notes[0].text = 'broken \uD800 pair \uDC00';
        }),
      ),
    ).toEqual([]);
  });
});
