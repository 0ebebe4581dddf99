import { describe, expect, it } from 'vitest';
import type { Post } from '../model/types';
import { renderTweetEmbed, tweetEmbedBlock } from './tweet-embed';

const tweet: Post = {
  network: 'x',
  id: '1712345678901234567',
  url: 'https://x.com/sam_ships/status/1712345678901234567',
  authorName: 'Sam 🛳️ Ortega',
  handle: 'sam_ships',
  time: '2023-10-12T23:30:00.000Z',
  lang: 'en',
  media: [],
  parts: [
    { type: 'text', text: 'Loved it when ' },
    { type: 'mention', text: '@kit_ops', handle: 'kit_ops' },
    { type: 'text', text: ' said "ship it" & didn\'t\nflinch ' },
    { type: 'hashtag', text: '#OpsConf', tag: 'OpsConf' },
    { type: 'text', text: ' ' },
    { type: 'cashtag', text: '$ACME', symbol: 'ACME' },
    { type: 'text', text: ' ' },
    { type: 'url', text: 'pic.twitter.com/Zz9', href: 'https://t.co/Zz9' },
    { type: 'emoji', text: '🚀' },
  ],
};

describe('tweetEmbedBlock', () => {
  it("writes Twitter's embed markup exactly, escaped, on one line, dated in UTC", () => {
    expect(tweetEmbedBlock(tweet)).toBe(
      '<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">Loved it when ' +
        '<a href="https://twitter.com/kit_ops?ref_src=twsrc%5Etfw">@kit_ops</a> said &quot;ship it&quot; &amp; didn&#39;t<br>flinch ' +
        '<a href="https://twitter.com/hashtag/OpsConf?src=hash&amp;ref_src=twsrc%5Etfw">#OpsConf</a> ' +
        '<a href="https://twitter.com/search?q=%24ACME&amp;src=ctag&amp;ref_src=twsrc%5Etfw">$ACME</a> ' +
        '<a href="https://t.co/Zz9">pic.twitter.com/Zz9</a>🚀</p>&mdash; Sam 🛳️ Ortega (@sam_ships) ' +
        '<a href="https://twitter.com/sam_ships/status/1712345678901234567?ref_src=twsrc%5Etfw">October 12, 2023</a></blockquote>',
    );
  });

  it('sets dir rtl for right-to-left text, and und for an unknown language', () => {
    const rtl = { ...tweet, lang: '', parts: [{ type: 'text' as const, text: 'שלום עולם' }] };
    expect(tweetEmbedBlock(rtl)).toContain('<p lang="und" dir="rtl">שלום עולם</p>');
    expect(tweetEmbedBlock({ ...rtl, lang: 'fa' })).toContain('<p lang="fa" dir="rtl">');
  });

  it('never links a non-http URL, a bad handle or a bad permalink', () => {
    const bad = {
      ...tweet,
      id: 'x1',
      url: 'javascript:alert(1)',
      handle: 'a b',
      time: 'not a date',
      parts: [
        { type: 'url' as const, text: 'click', href: 'javascript:alert(1)' },
        { type: 'mention' as const, text: '@x"y', handle: 'x"y' },
      ],
    };
    expect(tweetEmbedBlock(bad)).toBe(
      '<blockquote><p lang="en" dir="ltr">click@x&quot;y</p>' + '&mdash; Sam 🛳️ Ortega (@a b)</blockquote>',
    );
  });

  it('gives a quoted tweet without id or URL (as X often shows them) as a plain quote with its date', () => {
    const quoted = { ...tweet, id: '', url: '', incomplete: true, parts: [{ type: 'text' as const, text: 'q' }] };
    expect(renderTweetEmbed({ ...tweet, quoted })[1]).toBe(
      '<blockquote><p lang="en" dir="ltr">q</p>&mdash; Sam 🛳️ Ortega (@sam_ships) October 12, 2023</blockquote>',
    );
  });

  it('renders a thread as one embed per tweet and a quoted tweet after the tweet quoting it', () => {
    const quoted = { ...tweet, id: '2', parts: [{ type: 'text' as const, text: 'quoted' }] };
    const reply = { ...tweet, id: '3', parts: [{ type: 'text' as const, text: 'reply' }] };
    const blocks = renderTweetEmbed({ ...tweet, quoted, thread: [reply] });
    expect(blocks.map((b) => /dir="ltr">(.*?)<\/p>/.exec(b)?.[1]?.slice(0, 6))).toEqual(['Loved ', 'quoted', 'reply']);
  });
});

describe('an odd handle or name stays inside its block', () => {
  it('a handle or name with a blank line is written on one line, so the HTML block cannot end early', async () => {
    const { Parser } = await import('commonmark');
    const odd = { ...tweet, handle: 'evil\n\n# heading', authorName: 'A\n\nB' };
    const block = tweetEmbedBlock(odd);
    expect(block).not.toContain('\n');
    const doc = new Parser().parse(`${block}\n\nafter\n`);
    expect([doc.firstChild?.type, doc.firstChild?.next?.type, doc.firstChild?.next?.next]).toEqual([
      'html_block',
      'paragraph',
      null,
    ]);
  });
});
