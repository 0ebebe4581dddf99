import { describe, expect, it } from 'vitest';
import { Links } from './links';
import { labelSlug } from './reference-label';

describe('labelSlug', () => {
  it.each([
    ['Nexus Lifecycle', 'nexus-lifecycle'],
    ['Why every dashboard needs an owner', 'why-every-dashboard-needs'],
    ['The State of the Art', 'the-state-of-the-art'],
    ['Notes on the', 'notes'],
    ['Café: Ünïcode — talks!', 'cafe-unicode-talks'],
    ['@mira_okafor', 'mira_okafor'],
    ['東京 Conf', '東京-conf'],
    ['[x](javascript:y)', 'x-javascript-y'],
    ['🎉🎉', ''],
    ['', ''],
  ])('%j -> %j', (text, slug) => expect(labelSlug(text)).toBe(slug));

  it('keeps labels short, cutting a single long word', () => {
    expect(labelSlug('a'.repeat(100))).toHaveLength(40);
    expect(labelSlug(`${'b'.repeat(30)} ${'c'.repeat(30)}`)).toBe('b'.repeat(30));
    expect(labelSlug('one two three four', 3)).toBe('one-two-three');
  });
});

describe('named reference links', () => {
  it('labels each address once, by its first name, in order of first use', () => {
    const links = new Links('reference');
    expect(links.link('Nexus Lifecycle', 'https://example.com/nexus')).toBe('[Nexus Lifecycle][nexus-lifecycle]');
    expect(links.link('the product', 'https://example.com/nexus')).toBe('[the product][nexus-lifecycle]');
    expect(links.link('Clair', 'https://example.com/clair')).toBe('[Clair][clair]');
    expect(links.definitions()).toBe(
      '[nexus-lifecycle]: https://example.com/nexus\n[clair]: https://example.com/clair',
    );
  });

  it('keeps labels unique, also against case, and falls back to "link" for a name with no words', () => {
    const links = new Links('reference');
    expect(links.link('Slides', 'https://a.example/1')).toBe('[Slides][slides]');
    expect(links.link('slides', 'https://a.example/2')).toBe('[slides][slides-2]');
    expect(links.link('SLIDES', 'https://a.example/3')).toBe('[SLIDES][slides-3]');
    expect(links.link('Slides 2', 'https://a.example/4')).toBe('[Slides 2][slides-2-2]');
    expect(links.link('🎉', 'https://a.example/5')).toBe('[🎉][link]');
  });

  it("takes the user's label for an address and keeps made-up labels off it", () => {
    const links = new Links('reference', {
      'https://a.example/talk': 'Overengineering Talk',
      'https://a.example/zz': 'overengineering talk', // the same label again: the first address by name keeps it
    });
    expect(links.link('Overengineering', 'https://a.example/post')).toBe('[Overengineering][overengineering]');
    expect(links.link('Overengineering talk', 'https://a.example/x')).toBe(
      '[Overengineering talk][overengineering-talk-2]',
    );
    expect(links.link('Watch', 'https://a.example/talk')).toBe('[Watch][overengineering-talk]');
    expect(links.link('Other', 'https://a.example/zz')).toBe('[Other][other]');
  });

  it('names a link by the name given rather than its text, and by a ready slug', () => {
    const links = new Links('reference');
    expect(links.link('June 12, 2025', 'https://x.example/1', 'devon_writes June 12, 2025')).toBe(
      '[June 12, 2025][devon_writes-june-12-2025]',
    );
    expect(links.linkAs('1:02:05', 'https://y.example/t', 'dashboards-1-02-05')).toBe('[1:02:05][dashboards-1-02-05]');
  });

  it('labels 10,000 links of one name in linear time', () => {
    const links = new Links('reference');
    for (let i = 0; i < 10_000; i++) links.link('Same', `https://a.example/${i}`);
    expect(links.definitions().split('\n').at(-1)).toBe('[same-10000]: https://a.example/9999');
  });

  it('inline links carry no labels', () => {
    const links = new Links('inline', { 'https://a.example/': 'x' });
    expect(links.link('A', 'https://a.example/')).toBe('[A](https://a.example/)');
    expect(links.definitions()).toBe('');
  });
});
