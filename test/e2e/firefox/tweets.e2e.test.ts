/**
 * Clipping tweets in real Firefox, as test/e2e/tweets.e2e.test.ts does in Chromium, from the same X-shaped
 * fixture pages: buttons on a streaming timeline (none on the ad), a clip landing in the section chosen in the
 * sidebar page with what the page showed, one clip however often it is clicked, hostile text kept inert, a
 * thread clipped after in-page navigation, and the tweet under the pointer for the context menu.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { PostNote } from '../../../src/model/types';
import { batches, firstCells, PIXEL, STATUS_PATH, xRoute } from '../../../support/fixtures/x/pages';
import * as fx from '../../../support/fixtures/x/tweets';
import { describeFirefox, FIREFOX_SLOW, launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox';
import { button, byLabel, readAll } from './page';
import {
  expectPlainTweetAsShown,
  expectRichTweetsAsShown,
  richClips,
  textOf,
} from '../../../support/fixtures/x/expected';
import { readCapture } from '../../../src/capture/tweet/capture';

const TIMELINE = 'https://x.com/search?q=%23FjordOps';
const SECTION = 'Keynote: undo everything';

describeFirefox('clipping tweets on the X fixture', () => {
  let firefox: FirefoxWithExtension;
  let panel: Page;
  let x: Page;

  const storedTweets = async () => (await readAll(panel, 'notes')).filter((n): n is PostNote => n.kind === 'post');
  // Our buttons' labels sit in closed shadow roots, out of a page script's (and puppeteer's) reach: the Chromium
  // tests read them through the DevTools protocol; here what a click did is read from the store.
  const hostCount = (id: string) =>
    x.$$eval(`[data-confnotes="clip"][data-confnotes-id="${id}"]`, (hosts) => hosts.length);
  const clippedCount = async (id: string) => (await storedTweets()).filter((n) => n.post.id === id).length;
  /** A real click (trusted input) in the middle of a button's host. */
  async function clip(id: string, copy: 'first' | 'last' = 'first', kind = 'clip'): Promise<void> {
    const hosts = await x.$$(`[data-confnotes="${kind}"][data-confnotes-id="${id}"]`);
    await hosts[copy === 'first' ? 0 : hosts.length - 1]!.click();
  }
  /** The text of the section titled SECTION in the sidebar page ('' until it is there). */
  const sectionText = () =>
    panel.evaluate((title: string) => {
      const section = [...document.querySelectorAll('section[aria-labelledby]')].find(
        (s) => document.getElementById(s.getAttribute('aria-labelledby')!)?.textContent?.trim() === title,
      );
      return (section as HTMLElement | undefined)?.innerText ?? '';
    }, SECTION);

  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
    firefox.serveFixtures('https://x.com', xRoute);
    for (const host of ['https://pbs.twimg.com', 'https://abs-0.twimg.com']) {
      firefox.serveFixtures(host, () => ({ body: PIXEL, contentType: 'image/png' }));
    }
    panel = await firefox.openPage('panel/index.html');
    await (await byLabel(panel, 'Title')).type('FjordOps 2025');
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
    x = await firefox.openSite(TIMELINE);
  }, FIREFOX_SLOW);
  afterAll(async () => {
    await firefox?.close();
  }, FIREFOX_SLOW);

  test('one "Clip to session" button per tweet as the timeline streams in, none on the ad', async () => {
    const all = [...firstCells, ...batches.flat()];
    const readable = all.filter((t) => !t.ad).length;
    const perArticle = () =>
      x.$$eval('article[data-testid="tweet"]', (articles) =>
        articles.map((a) => a.querySelectorAll('[role="group"] > [data-confnotes="clip"]').length).sort(),
      );
    await expect
      .poll(perArticle, { timeout: 10_000 })
      .toEqual([...Array(all.length - readable).fill(0), ...Array(readable).fill(1)]);
    expect(await hostCount(fx.ad.id)).toBe(0);
    for (const ad of fx.adsAbroad) expect(await hostCount(ad.id)).toBe(0);
    expect(await hostCount(fx.plain.id)).toBe(2);
    expect(
      await x.$$eval('[data-confnotes]', (hosts) => hosts.filter((h) => h.shadowRoot || h.textContent).length),
    ).toBe(0);
  });

  test('a clip lands in the chosen section with what the page showed; twice and from another copy keeps one', async () => {
    await clip(fx.plain.id);
    await expect.poll(() => clippedCount(fx.plain.id)).toBe(1);
    await clip(fx.plain.id, 'last');
    await clip(fx.plain.id);
    await expect.poll(sectionText).toContain('deploy on Fridays');
    const stored = (await storedTweets()).filter((n) => n.post.id === fx.plain.id);
    expect(stored).toHaveLength(1);

    const page = await x.$eval('article[data-testid="tweet"]', (a) => ({
      time: a.querySelector('time')!.getAttribute('datetime'),
      emoji: [...a.querySelectorAll('[data-testid="tweetText"] img')].map((i) => i.getAttribute('alt')),
      href: a.querySelector('[data-testid="tweetText"] a[href^="https://t.co"]')!.getAttribute('href'),
    }));
    const tweet = stored[0]!.post;
    expectPlainTweetAsShown(tweet, page);
  });

  test('hostile, right-to-left, emoji-sequence, quoting and media-only tweets are stored as the page showed them', async () => {
    for (const spec of [fx.hostile, fx.rtl, fx.zwj, fx.quoting, fx.mediaOnly]) {
      await clip(spec.id);
      await expect.poll(() => clippedCount(spec.id)).toBe(1);
    }
    const byId = new Map((await storedTweets()).map((n) => [n.post.id, n.post]));
    expect(textOf(byId.get(fx.hostile.id)!)).toBe(
      '<script>alert(1)</script></blockquote><p>**not bold** [click](javascript:alert(1)) _x_ # h\n---\n| a | b |\n$FJRD up 3% & `rm -rf`',
    );
    expect(byId.get(fx.hostile.id)!.authorName).toBe('<b>Noor</b> & "co"');
    expect(byId.get(fx.rtl.id)).toMatchObject({ lang: 'ar', authorName: 'ليلى' });
    expect(byId.get(fx.zwj.id)!.authorName).toBe('Sam 👩🏽‍💻 🏳️‍🌈');
    expect(textOf(byId.get(fx.zwj.id)!)).toBe('Pairing room is full 👨‍👩‍👧‍👦🧑🏾‍🤝‍🧑🏻 bring chairs');
    expect(byId.get(fx.quoting.id)!.quoted ?? byId.get(fx.quoting.id)!.incomplete).toBeTruthy();
    expect(byId.get(fx.mediaOnly.id)).toMatchObject({
      parts: [],
      media: [{ type: 'photo', url: expect.stringContaining('name=orig') }],
    });
    // The panel shows hostile text as text: no element came from it.
    await expect.poll(sectionText).toContain('<script>alert(1)</script>');
    expect(await panel.$$eval('.note script, .note b', (found) => found.length)).toBe(0);
  });

  test('cards, a carousel, polls, an X Article, videos and a photo not loaded yet are stored whole or marked', async () => {
    for (const spec of richClips) {
      await clip(spec.id);
      await expect.poll(() => clippedCount(spec.id)).toBe(1);
    }
    expectRichTweetsAsShown(new Map((await storedTweets()).map((n) => [n.post.id, n.post])));
    await expect.poll(sectionText).toContain('missing: photo');
  });

  test('in-page navigation to a status page re-arms: "Clip thread" clips the author’s self-replies in order', async () => {
    await x.click('#go-thread');
    await x.waitForFunction((path: string) => location.pathname === path, {}, STATUS_PATH);
    await expect.poll(() => x.$$eval('[data-confnotes="clip"]', (hosts) => hosts.length)).toBe(7);
    await expect.poll(() => x.$$eval('[data-confnotes="thread"]', (hosts) => hosts.length)).toBe(1);
    await clip(fx.threadHead.id, 'first', 'thread');
    await expect.poll(() => clippedCount(fx.threadHead.id)).toBe(1);
    const note = (await storedTweets()).find((n) => n.post.id === fx.threadHead.id)!;
    expect(note.post.thread!.map((t) => t.id)).toEqual(fx.threadReplies.map((t) => t.id));
    expect(textOf(note.post.thread![2]!)).toBe('3/ Write down what surprised you.');
  });

  test('the tweet under the pointer is what the context menu clips', async () => {
    const reply = await x.evaluateHandle(() =>
      [...document.querySelectorAll('article[data-testid="tweet"]')]
        .find((a) => a.textContent?.includes('great thread!'))
        ?.querySelector('[data-testid="tweetText"]'),
    );
    await (reply as ElementHandle<Element>).click({ button: 'right' });
    await x.keyboard.press('Escape');
    const capture = await panel.evaluate(async () => {
      type Api = {
        tabs: {
          query: (q: object) => Promise<{ id: number }[]>;
          sendMessage: (id: number, m: object) => Promise<unknown>;
        };
      };
      const api = (globalThis as unknown as { browser: Api }).browser;
      const [tab] = await api.tabs.query({ url: 'https://x.com/*' });
      return api.tabs.sendMessage(tab!.id, { type: 'tweet/at-point' });
    });
    // The page sends the tweet's markup; the background reads it as this does.
    expect(readCapture(capture)).toMatchObject({ id: fx.otherReply.id, handle: 'mira_sre' });
  });
});
