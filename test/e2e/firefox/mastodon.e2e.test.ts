/**
 * Mastodon in real Firefox, as test/e2e/mastodon*.e2e.test.ts do in Chromium, on the same fixture instances: no
 * buttons until the popup enables mastodon.social (its host permission asked in the click, the content script
 * registered and started in the open tab), then a button on every post, a clip stored with what the page showed,
 * once however often it is clicked, a poll with its results; fosstodon.org, never enabled, gets nothing. The copy
 * under test holds mastodon.social's host as required, so the popup's request is granted without the prompt
 * automation cannot answer.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Note, Post } from '../../../src/model/types';
import { batches, firstStatuses, mastodonRoute, TIMELINE_PATH } from '../../../support/fixtures/mastodon/pages';
import * as fx from '../../../support/fixtures/mastodon/statuses';
import { PIXEL } from '../../../support/fixtures/x/pages';
import {
  DIST_FIREFOX,
  describeFirefox,
  FIREFOX_SLOW,
  launchFirefoxWithExtension,
  type FirefoxWithExtension,
} from './firefox';
import { button, byLabel, readAll } from './page';

const INSTANCE = 'https://mastodon.social';
const SECTION = 'Keynote: undo everything';

describeFirefox('clipping Mastodon posts on an enabled instance', () => {
  let firefox: FirefoxWithExtension;
  let panel: Page;
  let page: Page;
  let copy: string;

  const hosts = (p: Page) => p.$$eval('[data-confnotes="clip"]', (found) => found.length);
  const storedPosts = async () =>
    ((await readAll(panel, 'notes')) as (Note & { post?: Post })[]).flatMap((n) =>
      n.kind === 'post' && n.post?.network === 'mastodon' ? [n.post] : [],
    );

  beforeAll(async () => {
    copy = mkdtempSync(path.join(tmpdir(), 'confnotes-firefox-mastodon-'));
    cpSync(DIST_FIREFOX, copy, { recursive: true });
    const manifestPath = path.join(copy, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions: string[] };
    manifest.host_permissions.push(`${INSTANCE}/*`);
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
    firefox = await launchFirefoxWithExtension({ extensionDir: copy });
    for (const origin of [INSTANCE, 'https://fosstodon.org']) firefox.serveFixtures(origin, mastodonRoute);
    for (const host of ['https://files.mastodon.social']) {
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
    page = await firefox.openSite(`${INSTANCE}${TIMELINE_PATH}`);
  }, FIREFOX_SLOW);
  afterAll(async () => {
    await firefox?.close();
    if (copy) rmSync(copy, { recursive: true, force: true });
  }, FIREFOX_SLOW);

  test('no buttons until the popup enables the instance; then one per post', async () => {
    await page.waitForFunction(() => document.body.textContent.includes('**bold**'));
    expect(await hosts(page)).toBe(0);
    const popup = await firefox.openPage('popup/index.html');
    await (await button(popup, 'Enable clipping on mastodon.social')).click();
    await popup.waitForFunction(() => document.body.textContent.includes('Clipping enabled on mastodon.social'));
    await popup.close();
    await firefox.activate(page);
    const posts = firstStatuses.length + batches.flat().length;
    await expect.poll(() => hosts(page), { timeout: 10_000 }).toBe(posts);
    // Closed shadow roots: the page sees an empty host.
    expect(
      await page.$$eval('[data-confnotes]', (found) => found.filter((h) => h.shadowRoot || h.textContent).length),
    ).toBe(0);
  });

  test('a clip is stored with what the page showed, once however often it is clicked', async () => {
    const clip = async (copyAt: number) =>
      (await page.$$(`[data-confnotes="clip"][data-confnotes-id="${fx.plain.id}"]`))[copyAt]!.click();
    await clip(0);
    await expect.poll(async () => (await storedPosts()).filter((p) => p.id === fx.plain.id).length).toBe(1);
    await clip(1);
    await clip(0);
    const stored = (await storedPosts()).filter((p) => p.id === fx.plain.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      url: `${INSTANCE}/@ada/${fx.plain.id}`,
      authorName: 'Ada Builds',
      handle: 'ada@mastodon.social',
      time: fx.plain.time,
    });
  });

  test("a poll is stored with each choice's result and votes, and closed", async () => {
    await page.waitForSelector(`[data-confnotes="clip"][data-confnotes-id="${fx.closedPoll.id}"]`);
    await (await page.$(`[data-confnotes="clip"][data-confnotes-id="${fx.closedPoll.id}"]`))!.click();
    await expect
      .poll(async () => (await storedPosts()).find((p) => p.id === fx.closedPoll.id)?.poll)
      .toEqual({
        options: [
          { label: 'Undo everything', percent: 80, votes: 1204 },
          { label: 'Rollbacks <that> work', percent: 20, votes: 301 },
          { label: 'Herring & ops', percent: 0, votes: 0 },
        ],
        votes: '1,505 votes',
        status: 'Closed',
        closed: true,
      });
  });

  test('an instance never enabled gets no buttons', async () => {
    const other = await firefox.openSite(`https://fosstodon.org${TIMELINE_PATH}`);
    await other.waitForFunction(() => document.body.textContent.includes('**bold**'));
    expect(await hosts(other)).toBe(0);
    await other.close();
  });
});
