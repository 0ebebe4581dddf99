import { describe, expect, it } from 'vitest';
import { excerpt, highlight } from './highlight';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const shown = ({ text, marks }: { text: string; marks: [number, number][] }) =>
  marks.map(([start, end]) => text.slice(start, end));

describe('highlight', () => {
  it('marks the words whose folded form matched, where they stand in the original text', () => {
    const result = highlight('Élan, ÉLAN and elan: ok', new Set(['elan']));
    expect(shown(result)).toEqual(['Élan', 'ÉLAN', 'elan']);
  });

  it('keeps markup and emoji as the text they are', () => {
    const result = highlight('😀 <b>bold</b> 😀 bold', new Set(['bold']));
    expect(result.text).toBe('😀 <b>bold</b> 😀 bold');
    expect(shown(result)).toEqual(['bold', 'bold']);
  });
});

describe('excerpt', () => {
  const long = `${'lorem ipsum '.repeat(40)}needle ${'dolor sit '.repeat(40)}`;

  it('leaves a short text whole', () => {
    const short = highlight('a short needle', new Set(['needle']));
    expect(excerpt(short)).toEqual(short);
  });

  it('cuts a long text around its first mark, at word starts, saying where text was left out', () => {
    const cut = excerpt(highlight(long, new Set(['needle'])));
    expect(cut.text.startsWith('…lorem') || cut.text.startsWith('…ipsum')).toBe(true);
    expect(cut.text.endsWith('…')).toBe(true);
    expect(shown(cut)).toEqual(['needle']);
    expect(cut.text.length).toBeLessThanOrEqual(222);
  });

  it('shows the end of a text whose match is near it', () => {
    const cut = excerpt(highlight(`${'lorem '.repeat(80)}needle end`, new Set(['needle'])));
    expect(cut.text.endsWith('needle end')).toBe(true);
    expect(shown(cut)).toEqual(['needle']);
  });

  it('never splits a surrogate pair at the cut', () => {
    const emoji = `${'😀'.repeat(150)} needle`;
    const cut = excerpt(highlight(emoji, new Set(['needle'])));
    expect(cut.text).not.toMatch(LONE_SURROGATE);
  });
});

describe('excerpt at the end of its window', () => {
  it('does not split a surrogate pair there either', () => {
    for (let shift = 0; shift < 4; shift++) {
      const text = `${'x'.repeat(shift)}needle ${'😀'.repeat(200)}`;
      expect(excerpt(highlight(text, new Set(['needle']))).text).not.toMatch(LONE_SURROGATE);
    }
  });
});

describe('termsOf and wordsOf', () => {
  it('find the same words', async () => {
    const { termsOf, wordsOf } = await import('./fold');
    const text = 'Ça va? DON’T stop — e-mail @jane_doe Straße 😀 ﬁne naïve Ångström 10:30';
    expect(termsOf(text)).toEqual(wordsOf(text).map((word) => word.term));
  });
});
