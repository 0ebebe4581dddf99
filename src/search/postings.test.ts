import { describe, expect, it } from 'vitest';
import { PostingIndex } from './postings';

const scored = (index: PostingIndex, word: string, prefix = false, typos = 0) => {
  const own = new Map<number, number>();
  const lent = new Map<number, number>();
  for (const derived of index.expand(word, prefix, typos))
    index.score(derived.postings, derived.weight, [3, 3, 1.5], own, lent);
  return { own, lent };
};

describe('PostingIndex', () => {
  it('finds a word exactly, as a prefix and with a typo, the exact match weighing most', () => {
    const index = new PostingIndex();
    const exact = index.add([['dashboard'], [], []], []);
    const longer = index.add([['dashboards'], [], []], []);
    const typo = index.add([['dashbord'], [], []], []);
    expect([...scored(index, 'dashboard').own.keys()]).toEqual([exact]);
    const { own } = scored(index, 'dashboard', true, 1);
    expect([...own.keys()].sort()).toEqual([exact, longer, typo]);
    expect(own.get(exact)!).toBeGreaterThan(own.get(longer)!);
    expect(own.get(exact)!).toBeGreaterThan(own.get(typo)!);
  });

  it('weighs a word by its field and how often it is there, and scores lent fields apart', () => {
    const index = new PostingIndex();
    const shown = index.add([['cost'], [], []], []);
    const extra = index.add([[], [], ['cost']], []);
    const twice = index.add([['cost', 'cost'], [], []], []);
    const section = index.add([['cost'], [], ['cost']], [], 1);
    const { own, lent } = scored(index, 'cost');
    expect(own.get(shown)!).toBeGreaterThan(own.get(extra)!);
    expect(own.get(twice)!).toBeGreaterThan(own.get(shown)!);
    expect([...lent.keys()]).toEqual([section]);
    expect(lent.get(section)!).toBeLessThan(own.get(section)!);
  });

  it('keeps filter terms out of word matching', () => {
    const index = new PostingIndex();
    const tweet = index.add([['tweet'], [], []], ['has:tweet']);
    index.add([['note'], [], []], []);
    expect(index.withFilter('has:tweet')).toEqual([tweet]);
    expect(index.expand('has', true, 0)).toEqual([]);
  });

  it('skips removed documents, and drops their words once the dead outnumber the living (over a thousand)', () => {
    const index = new PostingIndex();
    const kept = index.add([['kept'], [], []], ['has:image']);
    const gone = Array.from({ length: 1500 }, (_, i) => index.add([[`gone${i}`, 'shared'], [], []], ['has:image']));
    gone.slice(0, 1000).forEach((doc) => index.remove(doc));
    expect(index.expand('gone999', false, 0)).toHaveLength(1);
    expect(scored(index, 'gone999').own.size).toBe(0);
    expect(scored(index, 'shared').own.size).toBe(500);
    index.remove(gone[1000]!);
    expect(index.expand('gone999', false, 0)).toEqual([]);
    expect(index.expand('gone1000', false, 0)).toEqual([]);
    expect(index.expand('gone1001', false, 0)).toHaveLength(1);
    expect(index.withFilter('has:image')).toEqual([kept, ...gone.slice(1001)]);
    expect([...scored(index, 'kept').own.keys()]).toEqual([kept]);
    expect(index.isLive(gone[0]!)).toBe(false);
  });
});
