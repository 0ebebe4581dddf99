/**
 * Clipping Mastodon posts from fixture pages in the shape of Mastodon's web interface, in real Chromium with the
 * built extension, on an instance enabled through the popup: a button on every post as the timeline streams in
 * (none inside a quoted post), a clip landing in the chosen section with what the page showed, a second click and
 * a second copy (a boost) keeping one clip, the export as Mastodon's embed markup with what the page showed, a
 * thread clipped from a status page reached by in-page navigation, the popup clipping a status page's post with a
 * comment, and the post under the pointer for the context menu.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Note, Post } from '../../src/model/types';
import { readMastodonCapture } from '../../src/capture/mastodon/capture';
import { batches, firstStatuses, STATUS_PATH, TIMELINE_PATH } from '../../support/fixtures/mastodon/pages';
import * as fx from '../../support/fixtures/mastodon/statuses';
import { clickButton, clickToClipped, labelsOf, ourButtons } from '../../support/fixtures/x/clip-timing';
import { storedNotes } from './x-site';
import { enableFromPopup, INSTANCE, openMastodonSite, type MastodonSite } from './mastodon-site';

let site: MastodonSite;
let page: Page;
const SECTION = 'Keynote: undo everything';

const labels = async (p: Page, kind = 'clip') =>
  (await ourButtons(p)).filter((b) => b.kind === kind).map((b) => b.label);

async function storedPosts(p: Page): Promise<Post[]> {
  const notes = (await storedNotes(p)) as (Note & { post?: Post })[];
  return notes.flatMap((n) => (n.kind === 'post' && n.post?.network === 'mastodon' ? [n.post] : []));
}

beforeAll(async () => {
  site = await openMastodonSite(SECTION);
  page = await site.b.ctx.newPage();
  await page.goto(`${INSTANCE}${TIMELINE_PATH}`);
  await page.getByText('**bold**', { exact: false }).waitFor();
  await enableFromPopup(site, page);
  await page.bringToFront();
});
afterAll(async () => {
  await site?.close();
});

test('one "Clip to session" button per post, in its own action bar, none in a quoted post', async () => {
  const posts = firstStatuses.length + batches.flat().length;
  await expect.poll(async () => (await labels(page)).filter((l) => l === 'Clip to session').length).toBe(posts);
  const perPost = await page
    .locator('.status[data-id]')
    .evaluateAll((els) =>
      els.map((el) => el.querySelectorAll(':scope > .status__action-bar > [data-confnotes]').length),
    );
  // The quoted post has no action bar of its own, and no button.
  expect(perPost.sort()).toEqual([0, ...Array(posts).fill(1)]);
  expect(await page.locator('.status__quote [data-confnotes]').count()).toBe(0);
});

test('a clip lands in the chosen section with the text, links, author, handle and date the page showed', async () => {
  const took = await clickToClipped(page, fx.plain.id);
  console.log(`Mastodon: click to "Clipped": ${Math.round(took)} ms`);
  // The button clicked says where the post went; its boosted copy, that it is clipped.
  await expect.poll(() => labelsOf(page, fx.plain.id)).toEqual([`Clipped to ${SECTION}`, 'Clipped']);
  await clickButton(page, fx.plain.id, { copy: 1 });
  await clickButton(page, fx.plain.id, { copy: 0 });
  await site.panel
    .getByRole('region', { name: SECTION })
    .getByText('Undo everything, then ship', { exact: false })
    .waitFor();
  const stored = (await storedPosts(site.panel)).filter((p) => p.id === fx.plain.id);
  expect(stored).toHaveLength(1);
  const shown = await page
    .locator(`.status[data-id="${fx.plain.id}"]`)
    .first()
    .evaluate((el) => ({
      time: el.querySelector('time')!.getAttribute('datetime'),
      name: el.querySelector('.display-name__html')!.textContent,
      links: [...el.querySelectorAll('.status__content__text a')].map((a) => (a as HTMLAnchorElement).href),
    }));
  expect(stored[0]).toMatchObject({
    network: 'mastodon',
    url: `${INSTANCE}/@ada/${fx.plain.id}`,
    authorName: shown.name,
    handle: 'ada@mastodon.social',
    time: shown.time,
    lang: 'en',
  });
  expect(stored[0]!.parts.flatMap((p) => ('href' in p ? [p.href] : []))).toEqual([shown.links[2]]);
  expect(stored[0]!.parts).toContainEqual({ type: 'hashtag', text: '#FjordOps', tag: 'FjordOps' });
  expect(stored[0]!.parts).toContainEqual({ type: 'mention', text: '@bob', handle: 'bob@fosstodon.org' });
});

test('photos with alt text, a content warning, a quote, right-to-left text and custom emoji are stored as shown', async () => {
  for (const spec of [fx.photos, fx.warned, fx.quoting, fx.rtl, fx.emojiName, fx.hostile]) {
    await clickButton(page, spec.id);
    await expect.poll(() => labelsOf(page, spec.id)).toEqual([`Clipped to ${SECTION}`]);
  }
  const byId = new Map((await storedPosts(site.panel)).map((p) => [p.id, p]));
  expect(byId.get(fx.photos.id)!.media.map((m) => m.alt)).toEqual([
    'A dark stage, one spotlight on the lectern',
    'The hall filling up',
  ]);
  expect(byId.get(fx.warned.id)).toMatchObject({ warning: 'Spoilers: the keynote demo', handle: 'cleo@hachyderm.io' });
  expect(byId.get(fx.quoting.id)!.quoted).toMatchObject({ id: fx.quoted.id, handle: 'bob@fosstodon.org' });
  expect(byId.get(fx.rtl.id)).toMatchObject({ lang: 'ar', authorName: 'ليلى' });
  expect(byId.get(fx.emojiName.id)!.authorName).toBe('Dana :verified: Ops');
  expect(byId.get(fx.hostile.id)!.authorName).toBe('<img src=x onerror=alert(1)>');
  // The panel shows hostile text as text.
  await site.panel.getByText('<script>alert(1)</script>', { exact: false }).waitFor();
  expect(await site.panel.locator('.note script, .note img[onerror]').count()).toBe(0);
});

test("polls are stored with each choice's result and votes, closed or open; the export lists them, as a quote too", async () => {
  for (const spec of [fx.closedPoll, fx.openPoll]) {
    await clickButton(page, spec.id);
    await expect.poll(() => labelsOf(page, spec.id)).toEqual([`Clipped to ${SECTION}`]);
  }
  const byId = new Map((await storedPosts(site.panel)).map((p) => [p.id, p]));
  expect(byId.get(fx.closedPoll.id)!.poll).toEqual({
    options: [
      { label: 'Undo everything', percent: 80, votes: 1204 },
      { label: 'Rollbacks <that> work', percent: 20, votes: 301 },
      { label: 'Herring & ops', percent: 0, votes: 0 },
    ],
    votes: '1,505 votes',
    status: 'Closed',
    closed: true,
  });
  expect(byId.get(fx.openPoll.id)!.poll).toMatchObject({ closed: false, ends: '2025-09-20T09:45:00.000Z' });
  await site.panel.getByRole('list', { name: 'Poll' }).getByText('Undo everything: 80% (1,204 votes)').waitFor();
  const exported = (tweets: 'embed' | 'quote') =>
    site.panel.evaluate(async (choice) => {
      const runtime = (
        globalThis as unknown as { chrome: { runtime: { sendMessage: (m: object) => Promise<unknown> } } }
      ).chrome.runtime;
      const snapshot = (await runtime.sendMessage({ type: 'workspace/get' })) as { selection: { sessionId: string } };
      const answer = await runtime.sendMessage({
        type: 'export/markdown',
        sessionId: snapshot.selection.sessionId,
        tweets: choice,
      });
      return (answer as { markdown: string }).markdown;
    }, tweets);
  const block = (await exported('embed')).split('\n').find((line) => line.includes(`/@ada/${fx.closedPoll.id}/embed`))!;
  expect(block).toContain(
    '<ul><li>Undo everything: 80% (1,204 votes)</li><li>Rollbacks &lt;that&gt; work: 20% (301 votes)</li>' +
      '<li>Herring &amp; ops: 0% (0 votes)</li></ul><p>1,505 votes · Closed</p>',
  );
  const quote = await exported('quote');
  expect(quote).toContain(
    '> - Undo everything: 80% \\(1,204 votes\\)\n> - Rollbacks \\<that\\> work: 20% \\(301 votes\\)\n' +
      '> - Herring \\& ops: 0% \\(0 votes\\)\n>\n> 1,505 votes · Closed',
  );
  expect(quote).toContain('> - Feature flags\n> - Migrations\n>\n> 25 people · open until September 20, 2025');
});

test("the export has the post as its instance's embed markup, with the text, links, author, handle and date shown", async () => {
  const { markdown } = (await site.panel.evaluate(async () => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: object) => Promise<unknown> } } })
      .chrome.runtime;
    const snapshot = (await runtime.sendMessage({ type: 'workspace/get' })) as { selection: { sessionId: string } };
    return runtime.sendMessage({ type: 'export/markdown', sessionId: snapshot.selection.sessionId, tweets: 'embed' });
  })) as { markdown: string };
  const block = markdown.split('\n').find((line) => line.includes(`/@ada/${fx.plain.id}/embed`))!;
  expect(block).toContain(`<blockquote class="mastodon-embed" data-embed-url="${INSTANCE}/@ada/${fx.plain.id}/embed">`);
  expect(block).toContain('Undo everything, then ship');
  expect(block).toContain('href="https://slides.example.org/fjordops-2025/undo-everything-deck"');
  expect(block).toContain('&mdash; Ada Builds (<a href="https://mastodon.social/@ada">@ada@mastodon.social</a>)');
  expect(block).toContain(`<a href="${INSTANCE}/@ada/${fx.plain.id}">September 18, 2025</a>`);
  expect(block).toContain(`<script data-allowed-prefixes="${INSTANCE}/" async src="${INSTANCE}/embed.js"></script>`);
  // The content warning is kept, and hostile text stays text.
  expect(markdown).toContain('<strong>Content warning: Spoilers: the keynote demo</strong>');
  expect(markdown).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(markdown).not.toContain('<script>alert(1)');
});

test('in-page navigation to a status page re-arms: "Clip thread" clips the author\'s self-replies in order', async () => {
  await page.click('#go-thread');
  await expect.poll(() => page.url()).toBe(`${INSTANCE}${STATUS_PATH}`);
  await expect.poll(() => labels(page, 'thread')).toEqual(['Clip thread']);
  // One button per post of the new page, the status page's own post included.
  await expect.poll(() => labels(page)).toHaveLength(6);
  await clickButton(page, fx.threadHead.id, { kind: 'thread' });
  await expect.poll(() => labels(page, 'thread')).toEqual(['Thread clipped']);
  const head = (await storedPosts(site.panel)).find((p) => p.id === fx.threadHead.id)!;
  expect(head.time).toBe(fx.threadHead.time);
  expect(head.thread!.map((p) => p.id)).toEqual(fx.threadReplies.map((p) => p.id));
  expect(await labelsOf(page, fx.threadHead.id)).toEqual(['Clipped']);
});

test("the popup on a status page shows that post and clips it with a comment; the instance's tabs say Clipped", async () => {
  const status = await site.b.ctx.newPage();
  await status.goto(`${INSTANCE}/@bob@fosstodon.org/${fx.otherReply.id}`);
  await status.locator(`[data-confnotes="clip"][data-confnotes-id="${fx.otherReply.id}"]`).first().waitFor();
  await status.bringToFront();
  const popup = await site.b.openPage('popup/index.html');
  await popup.getByRole('heading', { name: 'This post' }).waitFor();
  await popup.getByLabel('Comment').fill('Bob agrees');
  await popup.getByRole('button', { name: 'Clip post' }).click();
  await popup.getByText(/^Clipped to .+\.$/).waitFor();
  const notes = (await storedNotes(popup)) as (Note & { post?: Post; comment?: string })[];
  const note = notes.find((n) => n.kind === 'post' && n.post?.id === fx.otherReply.id)!;
  expect(note.comment).toBe('Bob agrees');
  expect(note.post).toMatchObject({
    handle: 'bob@fosstodon.org',
    url: `${INSTANCE}/@bob@fosstodon.org/${fx.otherReply.id}`,
  });
  await expect.poll(() => labelsOf(page, fx.otherReply.id)).toEqual(['Clipped']);
  await popup.close();
  await status.close();
  await page.bringToFront();
});

test('the post under the pointer is what the context menu clips', async () => {
  await page.locator(`.status[data-id="${fx.otherReply.id}"] .status__content__text`).click({ button: 'right' });
  const capture = await site.b.sw.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
    const [tab] = await api.tabs.query({ url: 'https://mastodon.social/*' });
    return api.tabs.sendMessage(tab!.id!, { type: 'mastodon/at-point' });
  });
  expect(readMastodonCapture(capture, INSTANCE)).toMatchObject({ id: fx.otherReply.id, handle: 'bob@fosstodon.org' });
});
