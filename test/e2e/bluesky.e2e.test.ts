/**
 * Clipping Bluesky posts from bsky.app-shaped fixture pages in real Chromium with dist/chrome: a button on every
 * post of a streaming feed, a clip landing in the chosen section with what the page showed, a second click and a
 * repost's copy keeping one clip, photos with alt text, a quote post, a content warning, right-to-left text, a
 * thread clipped in order from a post page reached by in-page navigation, the popup's clip of a post page, the post
 * under the pointer for the context menu, and the writeup's Bluesky embed markup with what the page showed.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readBlueskyCapture } from '../../src/capture/bluesky/capture';
import type { PostNote } from '../../src/model/types';
import { batches, firstPosts, THREAD_PATH } from '../../support/fixtures/bluesky/pages';
import * as fx from '../../support/fixtures/bluesky/posts';
import type { PostSpec } from '../../support/fixtures/bluesky/post-html';
import { PIXEL } from '../../support/fixtures/x/pages';
import {
  clickButton,
  clickControl,
  clickToClipped,
  commentControls,
  labelsOf,
  ourButtons,
} from '../../support/fixtures/x/clip-timing';
import { launchWithExtension, serveFixtures, type ExtensionBrowser } from '../../support/chromium';
import { blueskyRoute } from '../../support/fixtures/bluesky/pages';
import { storedNotes } from './x-site';

const SECTION = 'Rollbacks that work';
const FEED = 'https://bsky.app/search?q=%23FjordOps';
const keyOf = (p: PostSpec) => `bluesky:${p.handle}/${p.rkey}`;

let b: ExtensionBrowser;
let panel: Page;
let bsky: Page;

async function storedPosts(page: Page): Promise<PostNote[]> {
  return (await storedNotes(page)).filter((n): n is PostNote => n.kind === 'post');
}
const labels = async (page: Page, kind = 'clip') =>
  (await ourButtons(page)).filter((btn) => btn.kind === kind).map((btn) => btn.label);

beforeAll(async () => {
  b = await launchWithExtension();
  await serveFixtures(b.ctx, 'https://bsky.app', blueskyRoute);
  await b.ctx.route(/^https:\/\/cdn\.bsky\.app\//, (r) => r.fulfill({ contentType: 'image/png', body: PIXEL }));
  panel = await b.openPage('panel/index.html');
  const form = panel.getByRole('form', { name: 'New session' });
  await form.getByLabel('Title').fill('FjordOps 2026');
  await form.getByRole('button', { name: 'Create session' }).click();
  await panel.getByRole('button', { name: 'New section' }).click();
  await panel.getByLabel('Section title').fill(SECTION);
  await panel.getByRole('button', { name: 'Add section' }).click();
  await panel.getByRole('region', { name: SECTION }).waitFor();
  bsky = await b.ctx.newPage();
  await bsky.goto(FEED);
});
afterAll(async () => {
  await b?.close({ removeProfile: true });
});

describe('Bluesky posts', () => {
  test('one "Clip to session" button in each post\'s controls as the feed streams in, in a closed shadow root', async () => {
    const all = [...firstPosts, ...batches.flat()];
    await expect
      .poll(async () => (await labels(bsky)).filter((l) => l === 'Clip to session').length, { timeout: 10_000 })
      .toBe(all.length);
    const perPost = await bsky
      .locator('[data-testid^="feedItem-by-"]')
      .evaluateAll((items) => items.map((i) => i.querySelectorAll('[data-confnotes="clip"]').length));
    expect(perPost).toEqual(all.map(() => 1));
    expect(new Set((await ourButtons(bsky)).map((btn) => btn.root))).toEqual(new Set(['closed']));
  });

  test('a clip lands in the chosen section with what the page showed; twice and from the repost keeps one', async () => {
    await expect.poll(() => bsky.locator(`[data-confnotes-id="${keyOf(fx.plain)}"]`).count()).toBe(2);
    const took = await clickToClipped(bsky, keyOf(fx.plain));
    await expect.poll(() => labelsOf(bsky, keyOf(fx.plain))).toEqual([`Clipped to ${SECTION}`, 'Clipped']);
    console.log(`first Bluesky clip, click to "Clipped": ${Math.round(took)} ms`);
    await clickButton(bsky, keyOf(fx.plain), { copy: 1 });
    await clickButton(bsky, keyOf(fx.plain), { copy: 0 });
    await panel.getByRole('region', { name: SECTION }).getByText('on rollbacks', { exact: false }).waitFor();
    const stored = (await storedPosts(panel)).filter((n) => n.post.id === fx.plain.rkey);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ sourceKey: keyOf(fx.plain) });
    expect(stored[0]!.post).toMatchObject({
      network: 'bluesky',
      handle: 'mira.bsky.social',
      authorName: 'Mira Okafor',
      did: 'did:plc:miraokaforfjordops25',
      time: '2026-05-12T09:41:00.000Z',
      url: 'https://bsky.app/profile/mira.bsky.social/post/3mlniomjks2a2',
    });
    const shown = await bsky
      .locator(`[data-testid="feedItem-by-${fx.plain.handle}"]`)
      .first()
      .locator('[data-testid="postText"]')
      .innerText();
    expect(stored[0]!.post.parts.map((p) => p.text).join('')).toBe(shown);
  });

  test('photos with alt text, a quote post, a content warning and right-to-left text are stored as shown', async () => {
    for (const spec of [fx.photos, fx.quoting, fx.warned, fx.rtl]) {
      await clickButton(bsky, keyOf(spec));
      await expect.poll(() => labelsOf(bsky, keyOf(spec))).toEqual([`Clipped to ${SECTION}`]);
    }
    const byId = new Map((await storedPosts(panel)).map((n) => [n.post.id, n.post]));
    expect(byId.get(fx.photos.rkey)!.media.map((m) => m.alt)).toEqual([
      'A crowded hallway with whiteboards',
      undefined,
    ]);
    expect(byId.get(fx.quoting.rkey)!.quoted).toMatchObject({ id: fx.plain.rkey, handle: 'mira.bsky.social' });
    expect(byId.get(fx.warned.rkey)!.warning).toBe('Graphic Media');
    expect(byId.get(fx.rtl.rkey)!.authorName).toBe('نور حداد');
    await panel.getByText('Content warning: Graphic Media').waitFor();
    await panel.getByRole('article', { name: 'Bluesky post by نور حداد (@noor.bsky.social)' }).waitFor();
  });

  test('a link card and a video are stored as shown; a comment after the clip is saved from bsky.app', async () => {
    await clickButton(bsky, keyOf(fx.linkCard));
    await expect.poll(() => labelsOf(bsky, keyOf(fx.linkCard))).toEqual([`Clipped to ${SECTION}`]);
    await clickControl(bsky, (await commentControls(bsky, keyOf(fx.linkCard))).comment);
    await bsky.keyboard.type('Read before the next retro');
    await bsky.keyboard.press('Enter');
    await expect.poll(() => labelsOf(bsky, keyOf(fx.linkCard))).toEqual(['Comment saved']);
    await clickButton(bsky, keyOf(fx.withVideo));
    await expect.poll(() => labelsOf(bsky, keyOf(fx.withVideo))).toEqual([`Clipped to ${SECTION}`]);
    const byId = new Map((await storedPosts(panel)).map((n) => [n.post.id, n]));
    const card = byId.get(fx.linkCard.rkey)!;
    expect(card.comment).toBe('Read before the next retro');
    expect(card.post.media).toEqual([
      {
        type: 'card',
        url: fx.linkCard.card!.url,
        image: `https://cdn.bsky.app/img/feed_thumbnail/plain/${fx.linkCard.did}/${fx.linkCard.card!.thumb}@jpeg`,
        title: fx.linkCard.card!.title,
        description: fx.linkCard.card!.description,
        domain: 'fjordops.example',
      },
    ]);
    expect(byId.get(fx.withVideo.rkey)!.post.media).toEqual([
      {
        type: 'video',
        url: `https://bsky.app/profile/${fx.withVideo.handle}/post/${fx.withVideo.rkey}`,
        poster: `https://video.bsky.app/watch/${encodeURIComponent(fx.withVideo.did)}/bafkreivideoundolive/thumbnail.jpg`,
        alt: fx.withVideo.video!.alt,
      },
    ]);
    const article = panel.getByRole('article', { name: 'Bluesky post by Kit 🦊 Ramos (@kit.example.com)' });
    await article.getByRole('link', { name: `Link: ${fx.linkCard.card!.title} (fjordops.example)` }).waitFor();
  });

  test('in-page navigation to a post page re-arms: "Clip thread" clips its author\'s posts in order', async () => {
    await bsky.click('#go-thread');
    await expect.poll(() => bsky.url()).toBe(`https://bsky.app${THREAD_PATH}`);
    await expect.poll(() => labels(bsky, 'thread')).toEqual(['Clip thread']);
    await expect.poll(() => bsky.locator('[data-confnotes="clip"]').count()).toBe(4);
    await clickButton(bsky, keyOf(fx.threadHead), { kind: 'thread' });
    await expect.poll(() => labels(bsky, 'thread')).toEqual(['Thread clipped']);
    const note = (await storedPosts(panel)).find((n) => n.post.id === fx.threadHead.rkey)!;
    expect(note.post.thread!.map((t) => t.id)).toEqual(fx.threadReplies.map((t) => t.rkey));
    expect(await labelsOf(bsky, keyOf(fx.threadHead))).toEqual(['Clipped']);
  });

  test('the popup on a post page shows that post and clips it with a comment', async () => {
    const page = await b.ctx.newPage();
    await page.goto(`https://bsky.app${THREAD_PATH}`);
    await page.bringToFront();
    await page.locator(`[data-confnotes-id="${keyOf(fx.otherReply)}"]`).waitFor();
    const popup = await b.openPage('popup/index.html');
    await popup.getByRole('article', { name: 'Bluesky post by Mira Okafor (@mira.bsky.social)' }).waitFor();
    await popup.getByLabel('Comment').fill('The whole thread, again');
    await popup.getByRole('button', { name: 'Clip thread' }).click();
    await popup.getByText(/^Already clipped into this session/).waitFor();
    await popup.close();
    await page.close();
  });

  test('the post under the pointer is what the context menu clips', async () => {
    await bsky
      .locator(`[data-testid="postThreadItem-by-${fx.otherReply.handle}"]`)
      .locator('[data-word-wrap="1"]')
      .click({ button: 'right' });
    const capture = await b.sw.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
      const [tab] = await api.tabs.query({ url: 'https://bsky.app/search*' });
      const tabs = tab ? [tab] : await api.tabs.query({ url: 'https://bsky.app/*' });
      return api.tabs.sendMessage(tabs[0]!.id!, { type: 'bluesky/at-point' });
    });
    expect(readBlueskyCapture(capture)).toMatchObject({ id: fx.otherReply.rkey, handle: fx.otherReply.handle });
  });

  test("the writeup has the clipped post as Bluesky's embed markup with what the page showed", async () => {
    const { markdown } = (await panel.evaluate(async () => {
      const runtime = (
        globalThis as unknown as { chrome: { runtime: { sendMessage: (m: object) => Promise<unknown> } } }
      ).chrome.runtime;
      const snapshot = (await runtime.sendMessage({ type: 'workspace/get' })) as { selection: { sessionId: string } };
      return runtime.sendMessage({ type: 'export/markdown', sessionId: snapshot.selection.sessionId });
    })) as { markdown: string };
    const embed = markdown.split('\n').find((l) => l.includes(`app.bsky.feed.post/${fx.plain.rkey}`))!;
    expect(embed).toContain(
      '<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:miraokaforfjordops25/app.bsky.feed.post/3mlniomjks2a2"',
    );
    expect(embed).toContain('<a href="https://bsky.app/profile/kit.example.com">@kit.example.com</a>');
    expect(embed).toContain('<a href="https://bsky.app/hashtag/FjordOps">#FjordOps</a>');
    expect(embed).toContain(
      '<a href="https://slides.example.org/fjordops-2026/rollbacks-that-work">slides.example.org/fjordops-20…</a>',
    );
    expect(embed).toContain(
      '&mdash; Mira Okafor (<a href="https://bsky.app/profile/mira.bsky.social?ref_src=embed">@mira.bsky.social</a>) ' +
        '<a href="https://bsky.app/profile/mira.bsky.social/post/3mlniomjks2a2?ref_src=embed">May 12, 2026</a></blockquote>',
    );
    expect(embed).toContain('<script async src="https://embed.bsky.app/static/embed.js" charset="utf-8"></script>');
    expect(markdown).toContain('<p><strong>Content warning: Graphic Media</strong></p>');
    // The card post: its card a link to where it points, its title escaped; bsky.app's markup names no language.
    const card = markdown.split('\n').find((l) => l.includes(`app.bsky.feed.post/${fx.linkCard.rkey}`))!;
    expect(card).toContain(
      '<p lang="und" dir="ltr">The write-up of the rollbacks talk is up <a href="https://bsky.app/hashtag/FjordOps">#FjordOps</a> ' +
        '<a href="https://www.fjordops.example/2026/rollbacks-that-work?utm_source=bsky">Rollbacks that work: &lt;notes&gt; &amp; slides</a></p>',
    );
    const video = markdown.split('\n').find((l) => l.includes(`app.bsky.feed.post/${fx.withVideo.rkey}`))!;
    expect(video).toContain(
      `<a href="https://bsky.app/profile/${fx.withVideo.handle}/post/${fx.withVideo.rkey}">Video: ${fx.withVideo.video!.alt}</a></p>`,
    );
  });
});
