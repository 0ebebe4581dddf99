// @vitest-environment jsdom
// Bluesky's and Mastodon's embed markup and the Markdown quote of their posts: the shapes the sites give, content
// warnings kept, and hostile captured text inert, read back by commonmark.js and jsdom's HTML parser.
import { Parser } from 'commonmark';
import { describe, expect, it } from 'vitest';
import { HOSTILE } from '../../test/golden/hostile-strings';
import type { Post } from '../model/types';
import { Links } from './links';
import { blueskyEmbedBlock, mastodonEmbedBlock, renderPostEmbed } from './post-embed';
import { renderTweetQuote } from './tweet-quote';

const bluesky: Post = {
  network: 'bluesky',
  id: '3lbwd3k2qzc2a',
  url: 'https://bsky.app/profile/mira.bsky.social/post/3lbwd3k2qzc2a',
  authorName: 'Mira Okafor',
  handle: 'mira.bsky.social',
  did: 'did:plc:ewvi7nxzyoun6zhxrhs64oiz',
  cid: 'bafyreib2rxk3rh6kzwq',
  time: '2026-05-12T09:41:00.000Z',
  lang: 'en',
  media: [],
  parts: [
    { type: 'text', text: 'Great talk by ' },
    { type: 'mention', text: '@kit.example.com', handle: 'kit.example.com' },
    { type: 'text', text: ' on\nrollbacks ' },
    { type: 'hashtag', text: '#SREcon', tag: 'SREcon' },
    { type: 'text', text: ' ' },
    { type: 'url', text: 'example.org/slides…', href: 'https://example.org/slides/rollbacks' },
  ],
};

const mastodon: Post = {
  network: 'mastodon',
  id: '113562000000000001',
  url: 'https://mastodon.social/@bob/113562000000000001',
  authorName: 'Bob',
  handle: 'bob@mastodon.social',
  time: '2026-05-12T10:05:00.000Z',
  lang: 'de',
  media: [{ type: 'photo', url: 'https://files.mastodon.social/media/a.png', alt: 'A slide' }],
  warning: 'Spoilers for the keynote',
  parts: [
    { type: 'text', text: 'Hallo ' },
    { type: 'mention', text: '@ana', handle: 'ana' },
    { type: 'text', text: ' ' },
    { type: 'hashtag', text: '#fediconf', tag: 'fediconf' },
  ],
};

const BSKY_SCRIPT = '<script async src="https://embed.bsky.app/static/embed.js" charset="utf-8"></script>';

describe("Bluesky's embed markup", () => {
  it('writes bsky.app\'s "Embed post" shape: at:// URI with the DID, CID, text, author line and dated link, script', () => {
    expect(blueskyEmbedBlock(bluesky)).toBe(
      '<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:ewvi7nxzyoun6zhxrhs64oiz/app.bsky.feed.post/3lbwd3k2qzc2a" ' +
        'data-bluesky-cid="bafyreib2rxk3rh6kzwq" data-bluesky-embed-color-mode="system">' +
        '<p lang="en" dir="ltr">Great talk by <a href="https://bsky.app/profile/kit.example.com">@kit.example.com</a> on<br>rollbacks ' +
        '<a href="https://bsky.app/hashtag/SREcon">#SREcon</a> <a href="https://example.org/slides/rollbacks">example.org/slides…</a></p>' +
        '&mdash; Mira Okafor (<a href="https://bsky.app/profile/mira.bsky.social?ref_src=embed">@mira.bsky.social</a>) ' +
        '<a href="https://bsky.app/profile/mira.bsky.social/post/3lbwd3k2qzc2a?ref_src=embed">May 12, 2026</a></blockquote>' +
        BSKY_SCRIPT,
    );
  });

  it('names the post by its handle when the DID is unknown, and leaves out an unknown CID', () => {
    const block = blueskyEmbedBlock({ ...bluesky, did: undefined, cid: undefined });
    expect(block).toContain('data-bluesky-uri="at://mira.bsky.social/app.bsky.feed.post/3lbwd3k2qzc2a"');
    expect(block).not.toContain('data-bluesky-cid');
  });
});

describe("Mastodon's embed markup", () => {
  it("writes the instance's embed: data-embed-url, the content warning first, text, author, dated link, script", () => {
    expect(mastodonEmbedBlock(mastodon)).toBe(
      '<blockquote class="mastodon-embed" data-embed-url="https://mastodon.social/@bob/113562000000000001/embed">' +
        '<p><strong>Content warning: Spoilers for the keynote</strong></p>' +
        '<p lang="de" dir="ltr">Hallo <a href="https://mastodon.social/@ana">@ana</a> ' +
        '<a href="https://mastodon.social/tags/fediconf">#fediconf</a> ' +
        '<a href="https://files.mastodon.social/media/a.png">Photo: A slide</a></p>' +
        '&mdash; Bob (<a href="https://mastodon.social/@bob">@bob@mastodon.social</a>) ' +
        '<a href="https://mastodon.social/@bob/113562000000000001">May 12, 2026</a></blockquote>' +
        '<script data-allowed-prefixes="https://mastodon.social/" async src="https://mastodon.social/embed.js"></script>',
    );
  });

  it("is a plain quote for a remote account's copy, which its instance does not embed", () => {
    const copy = { ...mastodon, url: 'https://hachyderm.io/@bob@mastodon.social/113562000000000001' };
    expect(mastodonEmbedBlock(copy)).toMatch(/^<blockquote><p>/);
    expect(mastodonEmbedBlock(copy)).not.toContain('<script');
  });

  it('renders a thread and a quote as one block each, in order', () => {
    const post = { ...mastodon, quoted: { ...mastodon, id: '5', url: 'https://mastodon.social/@bob/5' } };
    const blocks = renderPostEmbed({
      ...post,
      thread: [{ ...mastodon, id: '6', url: 'https://mastodon.social/@bob/6' }],
    });
    expect(blocks.map((b) => /data-embed-url="[^"]*\/(\d+)\/embed"/.exec(b)?.[1])).toEqual([
      '113562000000000001',
      '5',
      '6',
    ]);
  });
});

describe('the Markdown quote of a Bluesky or Mastodon post', () => {
  it('keeps the content warning first and links by the network', () => {
    const md = renderTweetQuote(mastodon, new Links('inline')).join('\n\n');
    expect(md.split('\n')[0]).toBe('> **Content warning: Spoilers for the keynote**');
    expect(md).toContain('[@ana](https://mastodon.social/@ana)');
    expect(md).toContain(
      '— Bob (@bob@mastodon.social) [May 12, 2026](https://mastodon.social/@bob/113562000000000001)',
    );
    const bsky = renderTweetQuote(bluesky, new Links('inline')).join('\n\n');
    expect(bsky).toContain('[\\#SREcon](https://bsky.app/hashtag/SREcon)');
    expect(bsky).toContain('[May 12, 2026](https://bsky.app/profile/mira.bsky.social/post/3lbwd3k2qzc2a)');
  });
});

describe("a Bluesky post's link card and video, a Mastodon post's poll", () => {
  const card: Post = {
    ...bluesky,
    media: [
      {
        type: 'card',
        url: 'https://www.fjordops.example/2026/rollbacks',
        image: 'https://cdn.bsky.app/img/feed_thumbnail/plain/did:plc:x/bafkreithumb@jpeg',
        title: 'Rollbacks that work',
        description: 'Feature flags first',
        domain: 'fjordops.example',
      },
      { type: 'video', url: bluesky.url, poster: 'https://video.bsky.app/watch/x/thumbnail.jpg', alt: 'The undo' },
    ],
  };
  const poll: Post = {
    ...mastodon,
    warning: undefined,
    media: [],
    poll: {
      options: [
        { label: 'Undo everything', percent: 80, votes: 1204 },
        { label: 'Rollbacks', percent: 20, votes: 301 },
      ],
      votes: '1,505 votes',
      status: 'Closed',
      closed: true,
    },
  };

  it('the embed: the card as a link to where it points, the video as a link to the post, after the text', () => {
    expect(blueskyEmbedBlock(card)).toContain(
      '<a href="https://example.org/slides/rollbacks">example.org/slides…</a> ' +
        '<a href="https://www.fjordops.example/2026/rollbacks">Rollbacks that work</a> ' +
        '<a href="https://bsky.app/profile/mira.bsky.social/post/3lbwd3k2qzc2a">Video: The undo</a></p>',
    );
  });

  it('the quote: a link line for the card and for the video', () => {
    const md = renderTweetQuote(card, new Links('inline')).join('\n\n');
    expect(md).toContain('>\n> [Rollbacks that work](https://www.fjordops.example/2026/rollbacks)\n>\n');
    expect(md).toContain('> [Video: The undo](https://bsky.app/profile/mira.bsky.social/post/3lbwd3k2qzc2a)');
  });

  it('the poll: a list of the choices with their results and votes, then the count and its state', () => {
    expect(mastodonEmbedBlock(poll)).toContain(
      '<ul><li>Undo everything: 80% (1,204 votes)</li><li>Rollbacks: 20% (301 votes)</li></ul><p>1,505 votes · Closed</p>',
    );
    const md = renderTweetQuote(poll, new Links('inline')).join('\n\n');
    expect(md).toContain(
      '> - Undo everything: 80% \\(1,204 votes\\)\n> - Rollbacks: 20% \\(301 votes\\)\n>\n> 1,505 votes · Closed',
    );
    const doc = new Parser().parse(md);
    const items: string[] = [];
    let inItem = false;
    const w = doc.walker();
    for (let ev = w.next(); ev; ev = w.next()) {
      if (ev.node.type === 'item') inItem = ev.entering;
      if (ev.entering && ev.node.type === 'item') items.push('');
      if (ev.entering && ev.node.type === 'text' && inItem) items[items.length - 1] += ev.node.literal!;
    }
    expect(items).toEqual(['Undo everything: 80% (1,204 votes)', 'Rollbacks: 20% (301 votes)']);
  });
});

/** A post of the network with hostile text in every captured field. */
function hostile(network: 'bluesky' | 'mastodon', text: string, i: number): Post {
  const base = network === 'bluesky' ? bluesky : mastodon;
  return {
    ...base,
    authorName: text,
    warning: text,
    lang: i % 2 ? 'ar' : 'x"><script>',
    cid: network === 'bluesky' ? '"><script>alert(1)</script>' : undefined,
    did: network === 'bluesky' ? 'did:plc:"><b>' : undefined,
    media: [
      { type: 'photo', url: 'javascript:alert(2)', alt: text },
      { type: 'card', url: 'javascript:alert(4)', title: text, description: text, domain: text, image: text },
      { type: 'video', url: 'javascript:alert(5)', alt: text, poster: 'javascript:alert(6)' },
    ],
    poll: {
      options: [
        { label: text, percent: 50, votes: 2 },
        { label: `- ${text}`, percent: 50, votes: 2 },
      ],
      votes: text,
      status: text,
      closed: false,
      ends: '2026-05-14T09:00:00.000Z',
    },
    parts: [
      { type: 'text', text },
      { type: 'url', text: '[x](javascript:y)', href: 'javascript:alert(3)' },
      { type: 'mention', text: '@<b>', handle: '<b>' },
      { type: 'hashtag', text: '#a"b', tag: 'a"b' },
    ],
  };
}

const OUR_HOSTS = /^https:\/\/(bsky\.app|mastodon\.social)\//;

describe.each(['bluesky', 'mastodon'] as const)('%s posts with hostile text', (network) => {
  it.each(HOSTILE.map((text, i) => [i, text] as const))('embed %i stays one inert HTML block', (i, text) => {
    const block = renderPostEmbed(hostile(network, text, i))[0]!;
    const doc = new Parser().parse(`${block}\n\nafter\n`);
    expect([doc.firstChild?.type, doc.firstChild?.next?.type, doc.firstChild?.next?.next]).toEqual([
      'html_block',
      'paragraph',
      null,
    ]);
    const html = new DOMParser().parseFromString(block, 'text/html');
    const quote = html.querySelector(`blockquote.${network}-embed`);
    expect(quote).not.toBeNull();
    expect(html.querySelectorAll('img, iframe, b, [onerror], [onclick]')).toHaveLength(0);
    const scripts = [...html.querySelectorAll('script')].map((s) => s.getAttribute('src'));
    expect(scripts).toEqual([
      network === 'bluesky' ? 'https://embed.bsky.app/static/embed.js' : 'https://mastodon.social/embed.js',
    ]);
    for (const a of html.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(OUR_HOSTS);
    expect(quote?.querySelector('p[dir]')?.textContent).toContain('[x](javascript:y)@<b>#a"b');
    const items = [...(quote?.querySelectorAll('ul > li') ?? [])].map((li) => li.textContent);
    expect(items).toHaveLength(2);
    for (const item of items) expect(item).toMatch(/: 50% \(2 votes\)$/);
  });

  it.each(HOSTILE.map((text, i) => [i, text] as const))('quote %i renders its text literally', (i, text) => {
    const md = renderTweetQuote(hostile(network, text, i), new Links('inline')).join('\n\n');
    const doc = new Parser().parse(md);
    const allowed = new Set([
      'document',
      'paragraph',
      'text',
      'link',
      'block_quote',
      'linebreak',
      'softbreak',
      'strong',
      'list',
      'item',
    ]);
    const w = doc.walker();
    for (let ev = w.next(); ev; ev = w.next()) {
      if (!ev.entering) continue;
      expect(allowed, `unexpected ${ev.node.type}`).toContain(ev.node.type);
      if (ev.node.type === 'link') expect(ev.node.destination).toMatch(OUR_HOSTS);
    }
  });
});
