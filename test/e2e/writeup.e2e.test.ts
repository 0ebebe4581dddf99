/**
 * The writeup end to end in real Chromium with the built extension and CLI: an introduction and closing written in
 * the panel's session form, a fixture playlist of five talks added from its YouTube page ("Add the playlist's
 * talks"), a talk watched inside the playlist whose note goes to its section, a sub-heading and a quote typed in
 * the note box, and a page clipped from the popup with a comment. The exported writeup has all five talks in
 * playlist order with what was written, and equals the CLI's output for the backup the same profile exports.
 *
 * The page clipped is served on a host the extension may read (x.com): automation cannot give the `activeTab`
 * grant a user's click on the toolbar button gives, so a page on any other host would show no address here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DIST, launchWithExtension, serveFixtures, type ExtensionBrowser } from '../../support/chromium';
import {
  playerReady,
  readStore,
  seekTo,
  serveYouTube,
  type StoredNote,
  type StoredSection,
} from '../../support/youtube-site';

const SLOW = 180_000;
const CLI = path.join(DIST, 'cli', 'confnotes.mjs');
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const PLAYLIST = 'https://www.youtube.com/playlist?list=PLconfnotesFixture05';
const TALK_2 = 'https://www.youtube.com/watch?v=cnfPlay0002&list=PLconfnotesFixture05&index=2';
const POST = 'https://x.com/confnotes-fixture/small-pull-requests';
const TITLES = [
  'Keynote: Kindness at scale',
  'Feature flags & <rollbacks>',
  'Testing shell scripts',
  'Monoliths, kept well',
  'Closing panel',
];

let browser: ExtensionBrowser;
let dir: string;

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build first (node scripts/build.mjs)`);
  dir = await mkdtemp(path.join(tmpdir(), 'confnotes-writeup-e2e-'));
  browser = await launchWithExtension();
  await serveYouTube(browser.ctx);
  const playlist = readFileSync(path.join(import.meta.dirname, '../../support/fixtures/youtube/playlist.html'));
  // Registered after the watch pages' route, so it answers first for the playlist page.
  await browser.ctx.route('https://www.youtube.com/playlist*', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: playlist }),
  );
  const post = readFileSync(path.join(FIXTURES, 'pages/blog-post.html'));
  await serveFixtures(browser.ctx, 'https://x.com', (url) =>
    url.pathname.startsWith('/confnotes-fixture/') ? { body: post } : null,
  );
}, SLOW);
afterAll(async () => browser?.close({ removeProfile: true }));

async function download(page: Page, button: string): Promise<string> {
  const event = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return readFile(await (await event).path(), 'utf8');
}

async function typeNote(panel: Page, text: string, kind?: string): Promise<void> {
  const before = (await readStore(browser.sw)).notes.length;
  if (kind) await panel.getByRole('combobox', { name: 'Kind' }).selectOption({ label: kind });
  const box = panel.getByLabel('Note', { exact: true });
  await box.fill(text);
  await box.press('Enter');
  await expect.poll(async () => (await readStore(browser.sw)).notes.length).toBe(before + 1);
  await expect.poll(() => box.inputValue()).toBe('');
}

test(
  'a playlist, an introduction, a sub-heading, a quote and a page clip export as the CLI exports them',
  async () => {
    const yt = await browser.ctx.newPage();
    await yt.goto(PLAYLIST);
    await yt.bringToFront();

    const panel = await browser.openPage('panel/index.html');
    await panel.getByRole('button', { name: 'New session' }).click();
    const form = panel.getByRole('form', { name: 'New session' });
    await form.getByLabel('Title').fill('Fixture Conference 2026');
    await form.getByLabel(/^Introduction/).fill('My notes from the fixture conference, **all five talks**.');
    await form.getByLabel(/^Closing remarks/).fill('See you next year.');
    await form.getByRole('button', { name: 'Create session' }).click();
    await panel.locator('textarea#note-input:not([disabled])').waitFor();

    // The context tab is the playlist page: its talks become sections, in playlist order.
    await panel.getByRole('button', { name: "Add the playlist's talks" }).click();
    await expect
      .poll(() => panel.locator('.playlist-add [role="status"]').textContent())
      .toBe('Added 5 talks of Fixture Conference 2026: all talks.');
    // The store lists them by id: in the user's order, they are the playlist's.
    const sections = (await readStore(browser.sw)).sections as (StoredSection & { order: number })[];
    sections.sort((a, b) => a.order - b.order);
    expect(sections.map((s) => [s.title, s.source?.index, s.source?.list])).toEqual(
      TITLES.map((title, i) => [title, i + 1, 'PLconfnotesFixture05']),
    );

    // Talk 2 watched inside the playlist: its note goes to its section with the time; then a sub-heading and a quote.
    await yt.goto(TALK_2);
    await playerReady(yt);
    await seekTo(yt, 42);
    await expect.poll(() => panel.locator('.now-watching').textContent()).toContain('· 0:42');
    await typeNote(panel, 'Flags are for rolling out, not for keeping forever.');
    await typeNote(panel, '### Cleaning up');
    await typeNote(panel, 'Every flag gets a removal date.', 'Quote');

    // A page clipped from the popup, with a comment, goes where a note would: the section chosen, talk 2's.
    await panel.getByRole('combobox', { name: 'Section' }).selectOption({ label: TITLES[1] });
    const post = await browser.ctx.newPage();
    await post.goto(POST);
    await post.bringToFront();
    const popup = await browser.openPage('popup/index.html');
    await popup.getByLabel(/^Comment on this page/).fill('The numbers behind the talk.');
    await popup.getByRole('button', { name: 'Clip page to session' }).click();
    await expect.poll(() => popup.locator('.page-clip [role="status"]').textContent()).toMatch(/^Clipped to /);

    const { notes } = await readStore(browser.sw);
    const talk2 = (await readStore(browser.sw)).sections.find((s) => s.source?.index === 2)!;
    const inTalk2 = (notes as (StoredNote & { order: number; kind: string })[]).filter((n) => n.sectionId === talk2.id);
    expect(inTalk2.sort((a, b) => a.order - b.order).map((n) => n.kind)).toEqual(['text', 'heading', 'quote', 'page']);

    // The panel's export equals the CLI's for the backup this profile exports.
    const options = await browser.openPage('options/index.html');
    const backup = path.join(dir, 'profile-backup.json');
    await writeFile(backup, await download(options, 'Export backup'));
    await panel.bringToFront();
    const markdown = await download(panel, 'Export Markdown');
    const cli = spawnSync(process.execPath, [CLI, 'export', backup], { encoding: 'utf8' });
    expect(cli.stderr).toBe('');
    expect(markdown).toBe(cli.stdout);

    const headings = markdown.split('\n').filter((l) => /^#{2,3} /.test(l));
    expect(headings).toEqual([
      '## Keynote: Kindness at scale',
      '## Feature flags \\& \\<rollbacks\\>',
      '### Cleaning up',
      '## Testing shell scripts',
      '## Monoliths, kept well',
      '## Closing panel',
      '## Closing Remarks',
    ]);
    expect(markdown).toContain('\n---\n\nMy notes from the fixture conference, **all five talks**.\n');
    expect(markdown).toMatch(
      /\[0:4[12]\]\(https:\/\/www\.youtube\.com\/watch\?v=cnfPlay0002&t=4[12]s\) Flags are for rolling out/,
    );
    expect(markdown).toMatch(/> Every flag gets a removal date\.\n>\n> — \[0:4\d\]/);
    expect(markdown).toContain(`[Small pull requests, fewer incidents](${POST})`);
    expect(markdown).toContain('The numbers behind the talk.');
    for (const [i] of TITLES.entries()) expect(markdown).toContain(`&list=PLconfnotesFixture05&index=${i + 1}) from [`);
    expect(markdown.trimEnd().endsWith('See you next year.')).toBe(true);
  },
  SLOW,
);

test(
  '"Clip selection to session" from the context menu quotes the selected text with its page’s title and address',
  async () => {
    const blog = 'https://blog.example.org/small-pull-requests';
    const page = readFileSync(path.join(FIXTURES, 'pages/blog-post.html'));
    await serveFixtures(browser.ctx, 'https://blog.example.org', () => ({ body: page }));
    const tab = await browser.ctx.newPage();
    await tab.goto(blog);
    await tab.bringToFront();
    // The user selects the lead paragraph and right-clicks it.
    const selectionText = await tab.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('lead')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    });
    expect(selectionText).toBe('A change you can read in five minutes is a change you can roll back in one.');
    const before = (await readStore(browser.sw)).notes.length;
    // Choosing "Clip selection to session": the browser calls the menu's click listeners with what was clicked and
    // the tab, whose address and title the click's activeTab grant makes readable (automation has no such click).
    await browser.sw.evaluate(
      async ({ pageUrl, selectionText, title }) => {
        const chrome = (
          globalThis as unknown as {
            chrome: {
              tabs: { query: (q: object) => Promise<object[]> };
              contextMenus: { onClicked: { dispatch: (info: object, tab: object) => void } };
            };
          }
        ).chrome;
        const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        chrome.contextMenus.onClicked.dispatch(
          { menuItemId: 'clip-selection', pageUrl, selectionText, frameId: 0, editable: false },
          { ...active, url: pageUrl, title },
        );
      },
      { pageUrl: blog, selectionText, title: await tab.title() },
    );
    await expect.poll(async () => (await readStore(browser.sw)).notes.length).toBe(before + 1);
    const quote = (await readStore(browser.sw)).notes.find((n) => (n as { url?: string }).url === blog)!;
    expect(quote).toMatchObject({
      kind: 'quote',
      text: selectionText,
      cite: 'Small pull requests, fewer incidents',
      url: blog,
    });

    const panel = await browser.openPage('panel/index.html');
    const shown = panel.locator(`#note-${quote.id}`);
    await expect.poll(() => shown.locator('.note-text').textContent()).toBe(selectionText);
    const link = shown.locator('footer a');
    expect(await link.textContent()).toBe('Small pull requests, fewer incidents');
    expect(await link.getAttribute('href')).toBe(blog);

    const markdown = await download(panel, 'Export Markdown');
    expect(markdown).toContain(`> ${selectionText}\n>\n> — [Small pull requests, fewer incidents](${blog})\n`);
    await tab.close();
  },
  SLOW,
);
