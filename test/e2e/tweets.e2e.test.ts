/**
 * Clipping tweets from X-shaped fixture pages in real Chromium with dist/chrome: buttons on a streaming timeline
 * (none on the ad), a clip landing in the section chosen in the panel with what the page showed, a second click
 * and a second copy keeping one clip, a thread clipped from a status page reached by in-page navigation, the
 * popup clipping a status page's tweet with a comment, and the tweet under the pointer for the context menu.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PostNote } from '../../src/model/types';
import { batches, firstCells, STATUS_PATH } from '../../support/fixtures/x/pages';
import * as fx from '../../support/fixtures/x/tweets';
import type { ExtensionBrowser } from '../../support/chromium';
import { openXSite, storedNotes } from './x-site';
import { clickButton, clickToClipped, labelsOf, ourButtons } from '../../support/fixtures/x/clip-timing';
import { expectPlainTweetAsShown, expectRichTweetsAsShown, richClips, textOf } from '../../support/fixtures/x/expected';
import { readCapture } from '../../src/capture/tweet/capture';

let b: ExtensionBrowser;
let panel: Page;
let x: Page;

const TIMELINE = 'https://x.com/search?q=%23FjordOps';
const clipHosts = (page: Page, id: string) => page.locator(`[data-confnotes="clip"][data-confnotes-id="${id}"]`);
/** The labels our buttons show (inside closed shadow roots, read through the DevTools protocol). */
const labels = async (page: Page, kind = 'clip') =>
  (await ourButtons(page)).filter((b) => b.kind === kind).map((b) => b.label);

/** The tweet notes as stored, read straight from the extension's database in an extension page. */
async function storedTweets(page: Page): Promise<PostNote[]> {
  const notes = await storedNotes(page);
  return notes.filter((n): n is PostNote => n.kind === 'post');
}

beforeAll(async () => {
  ({ b, panel } = await openXSite('Keynote: undo everything'));
  x = await b.ctx.newPage();
  await x.goto(TIMELINE);
});
afterAll(async () => {
  await b?.close({ removeProfile: true });
});

describe('tweets', () => {
  test('one "Clip to session" button per tweet as the timeline streams in, none on the ad', async () => {
    const all = [...firstCells, ...batches.flat()];
    const readable = all.filter((t) => !t.ad).length;
    await expect
      .poll(async () => (await labels(x)).filter((l) => l === 'Clip to session').length, { timeout: 10_000 })
      .toBe(readable);
    const ads = all.length - readable;
    // Each in the tweet's own action bar, exactly one per article.
    const perArticle = await x
      .locator('article[data-testid="tweet"]')
      .evaluateAll((articles) =>
        articles.map((a) => a.querySelectorAll('[role="group"] > [data-confnotes="clip"]').length),
      );
    expect(perArticle.sort()).toEqual([...Array(ads).fill(0), ...Array(readable).fill(1)]);
    const ad = x.locator('article[data-testid="tweet"]', { hasText: 'Scale your observability' });
    expect(await ad.locator('[data-confnotes]').count()).toBe(0);
  });

  test('a clip lands in the chosen section with what the page showed; twice and from another copy keeps one', async () => {
    await expect.poll(() => clipHosts(x, fx.plain.id).count()).toBe(2);
    const took = await clickToClipped(x, fx.plain.id);
    // The button clicked says where the tweet went; the other copy, that it is clipped.
    await expect.poll(() => labelsOf(x, fx.plain.id)).toEqual(['Clipped to Keynote: undo everything', 'Clipped']);
    console.log(`first clip, click to "Clipped": ${Math.round(took)} ms`);

    await clickButton(x, fx.plain.id, { copy: 1 });
    await clickButton(x, fx.plain.id, { copy: 0 });
    const section = panel.getByRole('region', { name: 'Keynote: undo everything' });
    await section.getByText('deploy on Fridays', { exact: false }).waitFor();
    const stored = (await storedTweets(panel)).filter((n) => n.post.id === fx.plain.id);
    expect(stored).toHaveLength(1);

    const page = await x
      .locator('article[data-testid="tweet"]')
      .first()
      .evaluate((a) => ({
        time: a.querySelector('time')!.getAttribute('datetime'),
        emoji: [...a.querySelectorAll('[data-testid="tweetText"] img')].map((i) => i.getAttribute('alt')),
        nameEmoji: [...a.querySelectorAll('[data-testid="User-Name"] img')].map((i) => i.getAttribute('alt')),
        href: a.querySelector('[data-testid="tweetText"] a[href^="https://t.co"]')!.getAttribute('href'),
        shown: (a.querySelector('[data-testid="tweetText"] a[href^="https://t.co"]') as HTMLElement).innerText,
      }));
    const tweet = stored[0]!.post;
    expect(page.nameEmoji).toEqual(['🚀']);
    expectPlainTweetAsShown(tweet, page);
    expect(page.shown.replace(/\s/g, '')).toContain('slides.example.org/fjordops-2025/');
  });

  test('hostile, right-to-left, emoji-sequence, quoting and media-only tweets are stored as the page showed them', async () => {
    for (const spec of [fx.hostile, fx.rtl, fx.zwj, fx.quoting, fx.mediaOnly]) {
      await clickButton(x, spec.id);
      await expect.poll(() => labelsOf(x, spec.id)).toEqual(['Clipped to Keynote: undo everything']);
    }
    // A later clip still reaches "Clipped"; how fast is the bench's to say (npm run bench), not a timed test's,
    // which failed on a loaded machine.
    await clickToClipped(x, batches[2]![0]!.id);
    const byId = new Map((await storedTweets(panel)).map((n) => [n.post.id, n.post]));
    expect(textOf(byId.get(fx.hostile.id)!)).toBe(
      '<script>alert(1)</script></blockquote><p>**not bold** [click](javascript:alert(1)) _x_ # h\n---\n| a | b |\n$FJRD up 3% & `rm -rf`',
    );
    expect(byId.get(fx.hostile.id)!.authorName).toBe('<b>Noor</b> & "co"');
    expect(byId.get(fx.rtl.id)).toMatchObject({ lang: 'ar', authorName: 'ليلى' });
    expect(byId.get(fx.zwj.id)!.authorName).toBe('Sam 👩🏽‍💻 🏳️‍🌈');
    expect(textOf(byId.get(fx.zwj.id)!)).toBe('Pairing room is full 👨‍👩‍👧‍👦🧑🏾‍🤝‍🧑🏻 bring chairs');
    // The fixture quote, like most on X, has no link of its own: it is kept, marked incomplete.
    expect(byId.get(fx.quoting.id)!.quoted).toMatchObject({ id: '', handle: fx.plain.handle, incomplete: true });
    expect(byId.get(fx.mediaOnly.id)).toMatchObject({
      parts: [],
      media: [{ type: 'photo', url: expect.stringContaining('name=orig') }],
    });
    // The panel shows hostile text as text: no element came from it.
    await panel.getByText('<script>alert(1)</script>', { exact: false }).waitFor();
    expect(await panel.locator('.note script, .note b').count()).toBe(0);
  });

  test('cards, a carousel, polls, an X Article, videos and a photo not loaded yet are stored whole or marked', async () => {
    for (const spec of richClips) {
      await clickButton(x, spec.id);
      await expect.poll(() => labelsOf(x, spec.id)).toEqual(['Clipped to Keynote: undo everything']);
    }
    expectRichTweetsAsShown(new Map((await storedTweets(panel)).map((n) => [n.post.id, n.post])));
    // The panel says what is missing.
    await panel.getByText('missing: photo', { exact: false }).waitFor();
  });

  test('in-page navigation to a status page re-arms: "Clip thread" clips the author\'s self-replies in order', async () => {
    await x.click('#go-thread');
    await expect.poll(() => x.url()).toBe(`https://x.com${STATUS_PATH}`);
    await expect.poll(() => labels(x, 'thread')).toEqual(['Clip thread']);
    // Buttons did not double across the navigation: one per article of the new page.
    await expect.poll(() => x.locator('[data-confnotes="clip"]').count()).toBe(7);
    await clickButton(x, fx.threadHead.id, { kind: 'thread' });
    await expect.poll(() => labels(x, 'thread')).toEqual(['Thread clipped']);
    const note = (await storedTweets(panel)).find((n) => n.post.id === fx.threadHead.id)!;
    expect(note.post.thread!.map((t) => t.id)).toEqual(fx.threadReplies.map((t) => t.id));
    expect(textOf(note.post.thread![2]!)).toBe('3/ Write down what surprised you.');
    expect(await labelsOf(x, fx.threadHead.id)).toEqual(['Clipped']);
  });

  test('the popup on a status page shows that tweet and clips it with a comment in one step', async () => {
    const status = await b.ctx.newPage();
    await status.goto(`https://x.com/mira_sre/status/${fx.otherReply.id}`);
    await status.bringToFront();
    await clipHosts(status, fx.otherReply.id).waitFor();
    const popup = await b.openPage('popup/index.html');
    await popup.getByRole('article', { name: 'Tweet by Mira Okafor (@mira_sre)' }).waitFor();
    await popup.getByLabel('Comment').fill('Mira sums it up');
    await popup.getByRole('button', { name: 'Clip tweet' }).click();
    await popup.getByText(/^Clipped to .+\.$/).waitFor();
    const note = (await storedTweets(popup)).find((n) => n.post.id === fx.otherReply.id)!;
    expect(note.comment).toBe('Mira sums it up');
    // Every X tab hears of it: the page's own button, and the copy in the other tab, read "Clipped".
    await expect.poll(() => labelsOf(status, fx.otherReply.id)).toEqual(['Clipped']);
    await expect.poll(() => labelsOf(x, fx.otherReply.id)).toEqual(['Clipped']);
    await popup.close();
    await status.close();
  });

  test('the tweet under the pointer is what the context menu clips', async () => {
    await x
      .locator('article[data-testid="tweet"]', { hasText: 'great thread!' })
      .locator('[data-testid="tweetText"]')
      .click({ button: 'right' });
    const capture = await b.sw.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
      const [tab] = await api.tabs.query({ url: 'https://x.com/*' });
      return api.tabs.sendMessage(tab!.id!, { type: 'tweet/at-point' });
    });
    // The page sends the tweet's markup; the background reads it as this does.
    expect(readCapture(capture)).toMatchObject({ id: fx.otherReply.id, handle: 'mira_sre' });
  });
});
