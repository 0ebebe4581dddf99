/**
 * Clipping Bluesky posts in real Firefox, as test/e2e/bluesky.e2e.test.ts does in Chromium, from the same
 * bsky.app-shaped fixture pages: a button on every post of a streaming feed, a clip landing in the section chosen
 * in the sidebar page with what the page showed (a link card and a video too), one clip however often it is clicked
 * (and from the repost's copy), a thread clipped in order after in-page navigation, and the post under the pointer
 * for the context menu.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readBlueskyCapture } from '../../../src/capture/bluesky/capture';
import type { PostNote } from '../../../src/model/types';
import { batches, blueskyRoute, firstPosts, THREAD_PATH } from '../../../support/fixtures/bluesky/pages';
import type { PostSpec } from '../../../support/fixtures/bluesky/post-html';
import * as fx from '../../../support/fixtures/bluesky/posts';
import { PIXEL } from '../../../support/fixtures/x/pages';
import { describeFirefox, FIREFOX_SLOW, launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox';
import { button, byLabel, readAll } from './page';

const FEED = 'https://bsky.app/search?q=%23FjordOps';
const SECTION = 'Rollbacks that work';
const keyOf = (p: PostSpec) => `bluesky:${p.handle}/${p.rkey}`;

describeFirefox('clipping posts on the Bluesky fixture', () => {
  let firefox: FirefoxWithExtension;
  let panel: Page;
  let bsky: Page;

  const storedPosts = async () => (await readAll(panel, 'notes')).filter((n): n is PostNote => n.kind === 'post');
  const clippedCount = async (rkey: string) => (await storedPosts()).filter((n) => n.post.id === rkey).length;
  /** A real click (trusted input) in the middle of a button's host. */
  async function clip(key: string, copy: 'first' | 'last' = 'first', kind = 'clip'): Promise<void> {
    const hosts = await bsky.$$(`[data-confnotes="${kind}"][data-confnotes-id="${key}"]`);
    await hosts[copy === 'first' ? 0 : hosts.length - 1]!.click();
  }

  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
    firefox.serveFixtures('https://bsky.app', blueskyRoute);
    firefox.serveFixtures('https://cdn.bsky.app', () => ({ body: PIXEL, contentType: 'image/png' }));
    panel = await firefox.openPage('panel/index.html');
    await (await byLabel(panel, 'Title')).type('FjordOps 2026');
    await (await button(panel, 'Create session')).click();
    await (await button(panel, 'New section')).click();
    await (await byLabel(panel, 'Section title')).type(SECTION);
    await (await button(panel, 'Add section')).click();
    await panel.waitForFunction(
      (title: string) =>
        [...document.querySelectorAll('section[aria-labelledby]')].some(
          (s) => document.getElementById(s.getAttribute('aria-labelledby')!)?.textContent?.trim() === title,
        ),
      {},
      SECTION,
    );
    bsky = await firefox.openSite(FEED);
  }, FIREFOX_SLOW);
  afterAll(async () => {
    await firefox?.close();
  }, FIREFOX_SLOW);

  test('one "Clip to session" button per post as the feed streams in, its insides closed to the page', async () => {
    const all = [...firstPosts, ...batches.flat()];
    const perPost = () =>
      bsky.$$eval('[data-testid^="feedItem-by-"]', (items) =>
        items.map((i) => i.querySelectorAll('[data-confnotes="clip"]').length),
      );
    await expect.poll(perPost, { timeout: 10_000 }).toEqual(all.map(() => 1));
    expect(
      await bsky.$$eval('[data-confnotes]', (hosts) => hosts.filter((h) => h.shadowRoot || h.textContent).length),
    ).toBe(0);
  });

  test('a clip lands in the chosen section with what the page showed; twice and from the repost keeps one', async () => {
    await clip(keyOf(fx.plain));
    await expect.poll(() => clippedCount(fx.plain.rkey)).toBe(1);
    await clip(keyOf(fx.plain), 'last');
    await clip(keyOf(fx.plain));
    for (const spec of [fx.photos, fx.quoting, fx.warned, fx.rtl, fx.linkCard, fx.withVideo]) {
      await clip(keyOf(spec));
      await expect.poll(() => clippedCount(spec.rkey)).toBe(1);
    }
    expect(await clippedCount(fx.plain.rkey)).toBe(1);
    const byId = new Map((await storedPosts()).map((n) => [n.post.id, n.post]));
    const shown = await bsky.$eval(
      `[data-testid="feedItem-by-${fx.plain.handle}"] [data-testid="postText"]`,
      (el) => (el as HTMLElement).innerText,
    );
    expect(
      byId
        .get(fx.plain.rkey)!
        .parts.map((p) => p.text)
        .join(''),
    ).toBe(shown);
    expect(byId.get(fx.plain.rkey)).toMatchObject({ handle: 'mira.bsky.social', time: '2026-05-12T09:41:00.000Z' });
    expect(byId.get(fx.photos.rkey)!.media[0]!.alt).toBe('A crowded hallway with whiteboards');
    expect(byId.get(fx.quoting.rkey)!.quoted).toMatchObject({ id: fx.plain.rkey });
    expect(byId.get(fx.warned.rkey)!.warning).toBe('Graphic Media');
    expect(byId.get(fx.rtl.rkey)!.authorName).toBe('نور حداد');
    expect(byId.get(fx.linkCard.rkey)!.media).toMatchObject([
      { type: 'card', url: fx.linkCard.card!.url, title: fx.linkCard.card!.title, domain: 'fjordops.example' },
    ]);
    expect(byId.get(fx.withVideo.rkey)!.media).toMatchObject([{ type: 'video', alt: fx.withVideo.video!.alt }]);
  });

  test('in-page navigation to a post page re-arms: "Clip thread" clips its author’s posts in order', async () => {
    await bsky.click('#go-thread');
    await bsky.waitForFunction((path: string) => location.pathname === path, {}, THREAD_PATH);
    await expect.poll(() => bsky.$$eval('[data-confnotes="clip"]', (hosts) => hosts.length)).toBe(4);
    await expect.poll(() => bsky.$$eval('[data-confnotes="thread"]', (hosts) => hosts.length)).toBe(1);
    await clip(keyOf(fx.threadHead), 'first', 'thread');
    await expect.poll(() => clippedCount(fx.threadHead.rkey)).toBe(1);
    const note = (await storedPosts()).find((n) => n.post.id === fx.threadHead.rkey)!;
    expect(note.post.thread!.map((t) => t.id)).toEqual(fx.threadReplies.map((t) => t.rkey));
  });

  test('the post under the pointer is what the context menu clips', async () => {
    const reply = await bsky.$(`[data-testid="postThreadItem-by-${fx.otherReply.handle}"] [data-word-wrap="1"]`);
    await (reply as ElementHandle<Element>).click({ button: 'right' });
    await bsky.keyboard.press('Escape');
    const capture = await panel.evaluate(async () => {
      type Api = {
        tabs: {
          query: (q: object) => Promise<{ id: number }[]>;
          sendMessage: (id: number, m: object) => Promise<unknown>;
        };
      };
      const api = (globalThis as unknown as { browser: Api }).browser;
      const [tab] = await api.tabs.query({ url: 'https://bsky.app/*' });
      return api.tabs.sendMessage(tab!.id, { type: 'bluesky/at-point' });
    });
    expect(readBlueskyCapture(capture)).toMatchObject({ id: fx.otherReply.rkey, handle: fx.otherReply.handle });
  });
});
