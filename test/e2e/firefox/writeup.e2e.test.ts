/**
 * The writeup's controls in real Firefox, as test/e2e/writeup.e2e.test.ts does in Chromium: an introduction and
 * closing remarks written in the sidebar page's session form, a fixture playlist's five talks added from its
 * YouTube page, a note, a sub-heading typed as `### ` and a quote made with the note box's Kind, and a page clipped
 * from the popup with a comment. The downloaded writeup has all five talks in playlist order with what was written.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ROOT } from '../../../support/chromium';
import { describeFirefox, FIREFOX_SLOW, launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox';
import { button, byLabel, readAll, waitForText } from './page';

const PLAYLIST = 'https://www.youtube.com/playlist?list=PLconfnotesFixture05';
const POST = 'https://x.com/confnotes-fixture/small-pull-requests';
const TITLES = [
  'Keynote: Kindness at scale',
  'Feature flags & <rollbacks>',
  'Testing shell scripts',
  'Monoliths, kept well',
  'Closing panel',
];

describeFirefox('the writeup made in the sidebar page and the popup', () => {
  let firefox: FirefoxWithExtension;
  let panel: Page;
  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
    const playlist = readFileSync(path.join(ROOT, 'support/fixtures/youtube/playlist.html'));
    firefox.serveFixtures('https://www.youtube.com', () => ({ body: playlist }));
    const post = readFileSync(path.join(ROOT, 'test/fixtures/pages/blog-post.html'));
    firefox.serveFixtures('https://x.com', () => ({ body: post }));
  }, FIREFOX_SLOW);
  afterAll(async () => firefox?.close(), FIREFOX_SLOW);

  /** Focus and Enter, as a keyboard user does (the docked note box may cover a button low in the list). */
  async function press(page: Page, name: string) {
    await (await button(page, name)).focus();
    await page.keyboard.press('Enter');
  }

  async function typeNote(text: string) {
    const before = (await readAll(panel, 'notes')).length;
    const box = await byLabel(panel, 'Note');
    await box.type(text);
    await panel.keyboard.press('Enter');
    await expect.poll(async () => (await readAll(panel, 'notes')).length).toBe(before + 1);
  }

  async function choose(label: string, option: string) {
    const select = await byLabel(panel, label);
    await select.evaluate((el, wanted) => {
      const s = el as HTMLSelectElement;
      s.value = [...s.options].find((o) => o.textContent?.trim() === wanted)!.value;
      s.dispatchEvent(new Event('change', { bubbles: true }));
    }, option);
  }

  test('introduction, closing, a playlist, a sub-heading, a quote and a page clip export in playlist order', async () => {
    await firefox.openSite(PLAYLIST);
    panel = await firefox.openPage('panel/index.html');
    await press(panel, 'New session');
    await (await byLabel(panel, 'Title')).type('Fixture Conference 2026');
    await (await byLabel(panel, 'Introduction')).type('My notes from the fixture conference, **all five talks**.');
    await (await byLabel(panel, 'Closing remarks')).type('See you next year.');
    await press(panel, 'Create session');
    await panel.waitForSelector('textarea#note-input:not([disabled])');

    // The context tab is the playlist page: its talks become sections, in playlist order.
    await press(panel, "Add the playlist's talks");
    await waitForText(panel, 'Added 5 talks of Fixture Conference 2026: all talks.');
    const sections = (await readAll(panel, 'sections')).sort((a, b) => a.order - b.order);
    expect(sections.map((s) => [s.title, s.source?.index])).toEqual(TITLES.map((t, i) => [t, i + 1]));

    await choose('Section', TITLES[1]!);
    await typeNote('Flags are for rolling out, not for keeping forever.');
    await typeNote('### Cleaning up');
    await choose('Kind', 'Quote');
    await typeNote('Every flag gets a removal date.');

    // A page clipped from the popup, with a comment, goes where a note would: talk 2's section.
    await firefox.openSite(POST);
    const popup = await firefox.openPage('popup/index.html');
    await (await byLabel(popup, 'Comment on this page')).type('The numbers behind the talk.');
    await press(popup, 'Clip page to session');
    await waitForText(popup, 'Clipped to ');
    const talk2 = sections[1]!;
    const kinds = (await readAll(panel, 'notes'))
      .filter((n) => n.sectionId === talk2.id)
      .sort((a, b) => a.order - b.order)
      .map((n) => n.kind);
    expect(kinds).toEqual(['text', 'heading', 'quote', 'page']);

    await firefox.activate(panel);
    const markdown = (await firefox.download(() => press(panel, 'Export Markdown'))).text;
    expect(markdown.split('\n').filter((l) => /^#{2,3} /.test(l))).toEqual([
      '## Keynote: Kindness at scale',
      '## Feature flags \\& \\<rollbacks\\>',
      '### Cleaning up',
      '## Testing shell scripts',
      '## Monoliths, kept well',
      '## Closing panel',
      '## Closing Remarks',
    ]);
    expect(markdown).toContain('\n---\n\nMy notes from the fixture conference, **all five talks**.\n');
    expect(markdown).toContain('Flags are for rolling out, not for keeping forever.');
    // A quote with no speaker on the section and no talk playing: the blockquote alone.
    expect(markdown).toContain('\n### Cleaning up\n\n> Every flag gets a removal date.\n\n');
    expect(markdown).toContain(`[Small pull requests, fewer incidents](${POST}): The numbers behind the talk.`);
    for (const [i] of TITLES.entries()) expect(markdown).toContain(`&list=PLconfnotesFixture05&index=${i + 1})`);
    expect(markdown.trimEnd().endsWith('## Closing Remarks\n\nSee you next year.')).toBe(true);
  });
});
