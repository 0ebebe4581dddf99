// @vitest-environment jsdom
// The parser against the fixture posts in bsky.app's shape, through the snapshot the content script sends.
import { afterEach, describe, expect, test } from 'vitest';
import { postHtml, type PostSpec } from '../../../support/fixtures/bluesky/post-html';
import * as fx from '../../../support/fixtures/bluesky/posts';
import { THREAD_PATH, thread } from '../../../support/fixtures/bluesky/pages';
import { snapshot } from '../tweet/snapshot';
import { BLUESKY_ATTRIBUTES } from './attributes';
import { readBlueskyCapture } from './capture';
import { POST } from './selectors';

const FEED = 'https://bsky.app/search?q=%23FjordOps';
afterEach(() => document.body.replaceChildren());

function read(specs: PostSpec[], where: 'feed' | 'thread', pageUrl = FEED, pagePost = false) {
  document.body.innerHTML = `<main>${specs.map((s) => postHtml(s, where)).join('')}</main>`;
  const items = [...document.querySelectorAll(POST)].map((el) => snapshot(el, undefined, BLUESKY_ATTRIBUTES));
  return readBlueskyCapture({ pageUrl, items, pagePost });
}

describe('readBlueskyCapture', () => {
  test('a feed post: author, handle, DID, key, address, time from its key, text with mention, tag, link, emoji', () => {
    expect(read([fx.plain], 'feed')).toEqual({
      network: 'bluesky',
      id: '3mlniomjks2a2',
      url: 'https://bsky.app/profile/mira.bsky.social/post/3mlniomjks2a2',
      authorName: 'Mira Okafor',
      handle: 'mira.bsky.social',
      did: 'did:plc:miraokaforfjordops25',
      parts: [
        { type: 'text', text: 'Great talk by ' },
        { type: 'mention', text: '@kit.example.com', handle: 'kit.example.com' },
        { type: 'text', text: ' on\nrollbacks ' },
        { type: 'hashtag', text: '#FjordOps', tag: 'FjordOps' },
        { type: 'text', text: ' ' },
        {
          type: 'url',
          text: 'slides.example.org/fjordops-20…',
          href: 'https://slides.example.org/fjordops-2026/rollbacks-that-work',
        },
        { type: 'text', text: ' 🚀' },
      ],
      time: '2026-05-12T09:41:00.000Z',
      lang: '',
      media: [],
    });
  });

  test('photos at full size with their alt text', () => {
    expect(read([fx.photos], 'feed')?.media).toEqual([
      {
        type: 'photo',
        url: 'https://cdn.bsky.app/img/feed_fullsize/plain/did:plc:kitfjordopsexample01/bafkreihallwaywhiteboards@jpeg',
        alt: 'A crowded hallway with whiteboards',
      },
      {
        type: 'photo',
        url: 'https://cdn.bsky.app/img/feed_fullsize/plain/did:plc:kitfjordopsexample01/bafkreisecondphotonoalt@jpeg',
      },
    ]);
  });

  test('a quote post: its own text, and the quoted post with its author, key and text', () => {
    const post = read([fx.quoting], 'feed');
    expect(post?.parts.map((p) => p.text).join('')).toBe('Rollbacks are a feature, not a failure @mira.bsky.social');
    expect(post?.quoted).toMatchObject({
      network: 'bluesky',
      id: '3mlniomjks2a2',
      handle: 'mira.bsky.social',
      authorName: 'Mira Okafor',
      did: 'did:plc:miraokaforfjordops25',
      time: '2026-05-12T09:41:00.000Z',
    });
    expect(post?.quoted?.parts.map((p) => p.text).join('')).toBe(
      'Great talk by @kit.example.com on\nrollbacks #FjordOps slides.example.org/fjordops-20… 🚀',
    );
    expect(post?.id).toBe('3mlnizimi4sa2');
  });

  test('a link card: its link, thumbnail, title, description and domain, and no photo of its thumbnail', () => {
    const post = read([fx.linkCard], 'feed');
    expect(post?.media).toEqual([
      {
        type: 'card',
        url: 'https://www.fjordops.example/2026/rollbacks-that-work?utm_source=bsky',
        image:
          'https://cdn.bsky.app/img/feed_thumbnail/plain/did:plc:kitfjordopsexample01/bafkreicardthumbrollbacks@jpeg',
        title: 'Rollbacks that work: <notes> & slides',
        description: 'What Mira showed: feature flags first, then migrations, and practising the undo.',
        domain: 'fjordops.example',
      },
    ]);
    expect(post?.parts.map((p) => p.text).join('')).toBe('The write-up of the rollbacks talk is up #FjordOps');
    expect(post?.incomplete).toBeUndefined();
  });

  test('a card without a thumbnail or a description; a link in a line of text is no card', () => {
    const bare = { ...fx.linkCard, card: { ...fx.linkCard.card!, thumb: '', description: '' } };
    expect(read([bare], 'feed')?.media).toEqual([
      {
        type: 'card',
        url: 'https://www.fjordops.example/2026/rollbacks-that-work?utm_source=bsky',
        title: 'Rollbacks that work: <notes> & slides',
        domain: 'fjordops.example',
      },
    ]);
    // A thread's own post in another language shows "Translate", a link out of bsky.app in a line of text.
    const focal = { ...fx.rtl, focal: true, translate: true };
    const url = `https://bsky.app/profile/${fx.rtl.handle}/post/${fx.rtl.rkey}`;
    expect(read([focal], 'thread', url, true)?.media).toEqual([]);
  });

  test('a video plays on the post page: its poster and its alt text', () => {
    expect(read([fx.withVideo], 'feed')?.media).toEqual([
      {
        type: 'video',
        url: 'https://bsky.app/profile/mira.bsky.social/post/3mlnjitqzsna2',
        poster: 'https://video.bsky.app/watch/did%3Aplc%3Amiraokaforfjordops25/bafkreivideoundolive/thumbnail.jpg',
        alt: 'A terminal rolling back a deploy in four seconds',
      },
    ]);
  });

  test("a thread's own post and a quoted post: their text by RichText's mark, without a test id", () => {
    const url = `https://bsky.app/profile/${fx.quoting.handle}/post/${fx.quoting.rkey}`;
    const post = read([{ ...fx.quoting, focal: true }], 'thread', url, true);
    expect(post?.parts.map((p) => p.text).join('')).toBe('Rollbacks are a feature, not a failure @mira.bsky.social');
    expect(post?.quoted?.parts[1]).toEqual({ type: 'mention', text: '@kit.example.com', handle: 'kit.example.com' });
    // A marked line inside a link (the author line's name, were it drawn by RichText) is never the post's text.
    document.querySelector('a[href="/profile/kit.example.com"] div[dir="auto"]')!.setAttribute('data-word-wrap', '1');
    const items = [snapshot(document.querySelector(POST)!, undefined, BLUESKY_ATTRIBUTES)];
    const again = readBlueskyCapture({ pageUrl: url, items, pagePost: true });
    expect(again?.parts.map((p) => p.text).join('')).toBe('Rollbacks are a feature, not a failure @mira.bsky.social');
    expect(again?.authorName).toBe('Kit 🦊 Ramos');
  });

  test('the language where the markup names it, around the text inside the post; none where it does not', () => {
    expect(read([fx.linkCard], 'feed')?.lang).toBe('');
    document.body.innerHTML = `<main>${postHtml(fx.plain, 'feed')}</main>`;
    document.querySelector('[data-testid="postText"]')!.parentElement!.setAttribute('lang', 'en-GB');
    const items = [snapshot(document.querySelector(POST)!, undefined, BLUESKY_ATTRIBUTES)];
    expect(readBlueskyCapture({ pageUrl: FEED, items, pagePost: false })?.lang).toBe('en-GB');
  });

  test('a content warning (a label) is kept, without the control’s words', () => {
    const post = read([fx.warned], 'feed');
    expect(post?.warning).toBe('Graphic Media');
    expect(post?.parts).toEqual([
      { type: 'text', text: 'Live demo of the outage postmortem, screenshots of the blast radius' },
    ]);
    expect(post?.media[0]?.alt).toBe('A dashboard all in red');
  });

  test('right-to-left text and a name in Arabic', () => {
    const post = read([fx.rtl], 'feed');
    expect(post?.authorName).toBe('نور حداد');
    expect(post?.parts.map((p) => p.text).join('')).toBe('أفضل محاضرة اليوم عن #FjordOps والتراجع الآمن');
  });

  test("a post page's own post takes its key from the address; its thread is its author's posts after it", () => {
    const post = read(thread, 'thread', `https://bsky.app${THREAD_PATH}`, true);
    expect(post).toMatchObject({ id: '3mlnkb3ecsfa2', handle: 'mira.bsky.social', authorName: 'Mira Okafor' });
    expect(post?.url).toBe(`https://bsky.app${THREAD_PATH}`);
    expect(post?.thread?.map((t) => t.id)).toEqual(['3mlnkbf4y6ua2', '3mlnkbqxgfza2']);
  });

  test('refuses a capture from another site, or of a post without a key', () => {
    document.body.innerHTML = postHtml(fx.plain, 'feed');
    const items = [snapshot(document.querySelector(POST)!, undefined, BLUESKY_ATTRIBUTES)];
    expect(readBlueskyCapture({ pageUrl: 'https://evil.example/', items, pagePost: false })).toBeNull();
    expect(readBlueskyCapture({ pageUrl: FEED, items: 'nope' })).toBeNull();
    // Only a post page's own post may take the key from the address: a feed's post without a link has none.
    expect(read([{ ...fx.threadHead, focal: true }], 'thread', FEED, true)).toBeNull();
  });
});
