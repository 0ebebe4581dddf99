// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://x.com/home"}
/**
 * The held-out pages (test/heldout): written in the shape of real X and YouTube pages, apart from the fixtures the
 * parsers were built against, with the fields a person reads on each written down by hand. Measures the fraction
 * read right (target: at least 99 %), that none crashes, and that every tweet but the ads gets its clip button
 * from the content script's own code. Each tweet is read as in production: a snapshot, sent as JSON, parsed.
 */
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { parseTweet } from '../../src/capture/tweet/parse-tweet';
import { isPromoted, tweetId } from '../../src/capture/tweet/permalink';
import { fromSnapshot, snapshot } from '../../src/capture/tweet/snapshot';
import { readYouTubeState } from '../../src/capture/youtube/page';
import type { Post } from '../../src/model/types';
import { X_PAGES as NEWER_X_PAGES, type Expected } from '../heldout/x-pages';
import { OLDER_X_PAGES } from '../heldout/x-pages-older';
import { YOUTUBE_PAGES } from '../heldout/youtube-pages';

const X_PAGES = [...NEWER_X_PAGES, ...OLDER_X_PAGES];

const tally = { right: 0, total: 0, wrong: [] as string[] };
function field(where: string, name: string, got: unknown, want: unknown): void {
  tally.total += 1;
  if (JSON.stringify(got) === JSON.stringify(want)) tally.right += 1;
  else tally.wrong.push(`${where} ${name}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
}

const textOf = (t: Post) =>
  t.parts
    .map((p) => p.text)
    .join('')
    .trim();
const readable = (t: Post): Record<keyof Expected, unknown> => ({
  id: t.id,
  ad: undefined,
  author: t.authorName,
  handle: t.handle,
  time: t.time,
  text: textOf(t),
  links: t.parts.flatMap((p) => (p.type === 'url' ? [p.expanded ?? p.href] : [])),
  media: t.media.filter((m) => m.type !== 'card').map((m) => `${m.type} ${m.url}`),
  cards: t.media.filter((m) => m.type === 'card').map((m) => `${m.title} -> ${m.url}`),
  quote: t.quoted ? `${t.quoted.handle} ${t.quoted.id} ${textOf(t.quoted)}` : undefined,
  poll: t.poll
    ? [
        ...t.poll.options.map((o) => (o.percent === undefined ? o.label : `${o.label} ${o.percent}`)),
        t.poll.votes,
        t.poll.status,
      ]
    : undefined,
  article: t.article?.title,
});

beforeAll(() => {
  // The content script's runtime, as in src/content/x/main.test.ts: answers "none clipped yet".
  (globalThis as unknown as { chrome: unknown }).chrome = {
    runtime: {
      id: 'confnotes',
      sendMessage: vi.fn(async () => ({ clipped: [] })),
      onMessage: { addListener: vi.fn(), removeListener: vi.fn() },
    },
  };
});

/** The page's address as the content script sees it (vitest's jsdom is reachable as `jsdom`). */
const goTo = (url: string) =>
  (globalThis as unknown as { jsdom: { reconfigure: (o: { url: string }) => void } }).jsdom.reconfigure({ url });

test.each(X_PAGES.map((p) => [p.name, p] as const))('%s', async (_name, page) => {
  goTo(page.url);
  document.documentElement.innerHTML = new DOMParser().parseFromString(
    page.html,
    'text/html',
  ).documentElement.innerHTML;
  const { addButtons } = await import('../../src/content/x/clipper');
  const articles = [...document.querySelectorAll('article[data-testid="tweet"]')];
  expect(() => addButtons(articles, new AbortController().signal, () => undefined)).not.toThrow();
  expect(articles).toHaveLength(page.expected.length);
  for (const want of page.expected) {
    const article = articles.find((a) => tweetId(a, page.url) === want.id) ?? articles[page.expected.indexOf(want)]!;
    const buttons = article.querySelectorAll('[role="group"] > [data-confnotes="clip"]').length;
    const where = `${page.name} ${want.id}`;
    if (want.ad) {
      field(where, 'is an ad', isPromoted(article), true);
      field(where, 'has no button', buttons, 0);
      continue;
    }
    field(where, 'button', buttons, 1);
    let tweet: Post | null = null;
    expect(() => {
      tweet = parseTweet(fromSnapshot(JSON.parse(JSON.stringify(snapshot(article))))!, page.url);
    }).not.toThrow();
    const got: Record<string, unknown> = tweet ? readable(tweet) : {};
    for (const [key, value] of Object.entries(want))
      field(where, key, got[key], key === 'text' ? String(value).trim() : value);
  }
});

test.each(YOUTUBE_PAGES.map((p) => [p.name, p] as const))('%s', (_name, page) => {
  goTo(page.url);
  document.documentElement.innerHTML = new DOMParser().parseFromString(
    page.html,
    'text/html',
  ).documentElement.innerHTML;
  document.title = new DOMParser().parseFromString(page.html, 'text/html').title;
  let state: ReturnType<typeof readYouTubeState> | null = null;
  expect(() => {
    state = readYouTubeState(document, page.url);
  }).not.toThrow();
  for (const [key, value] of Object.entries(page.expected))
    field(page.name, key, (state as unknown as Record<string, unknown>)?.[key], value);
});

afterAll(() => {
  const share = tally.right / tally.total;
  console.log(
    `held-out pages: ${tally.right} of ${tally.total} fields read right (${(share * 100).toFixed(1)} %)` +
      (tally.wrong.length ? `\n  ${tally.wrong.join('\n  ')}` : ''),
  );
  expect(share).toBeGreaterThanOrEqual(0.99);
});
