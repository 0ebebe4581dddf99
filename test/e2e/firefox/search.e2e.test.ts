// Search in Firefox's sidebar page, with the built extension: notes typed there are found by a word and by a
// phrase as the field is typed, the opened note is scrolled into view, focused and highlighted, and a note added
// from a second sidebar page while the results are open appears in them.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  describeFirefox,
  FIREFOX_SLOW,
  launchFirefoxWithExtension,
  newFirefoxProfile,
  type FirefoxWithExtension,
} from './firefox';
import { button, byLabel } from './page';

describeFirefox('search in the sidebar page', () => {
  const profile = newFirefoxProfile();
  let firefox: FirefoxWithExtension;
  let panel: Page;
  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension({ userDataDir: profile });
    panel = await firefox.openPage('panel/index.html');
  }, FIREFOX_SLOW);
  afterAll(async () => {
    await firefox?.close();
    rmSync(profile, { recursive: true, force: true });
  }, FIREFOX_SLOW);

  const results = (page: Page) =>
    page.$$eval('#search-results [role=option]', (found) => found.map((o) => o.textContent ?? ''));

  async function typeNote(page: Page, text: string) {
    const box = await byLabel(page, 'Note');
    await page.waitForFunction((el) => !(el as HTMLTextAreaElement).disabled, {}, box);
    await box.type(text);
    await box.press('Enter');
    await page.waitForFunction(
      (wanted: string) => [...document.querySelectorAll('.note .note-text')].some((n) => n.textContent === wanted),
      {},
      text,
    );
  }

  async function search(page: Page, query: string) {
    const field = await byLabel(page, 'Search all notes');
    await field.evaluate((el) => {
      (el as HTMLInputElement).value = '';
    });
    await field.type(query);
    return field;
  }

  test('a word and a phrase find the note; Enter opens it in view, highlighted', async () => {
    await (await button(panel, 'New session')).click();
    await (await byLabel(panel, 'Title')).type('Fjord Summit');
    await (await button(panel, 'Create session')).click();
    await typeNote(panel, 'Error budgets are spent by the team that owns the pager');
    for (let i = 0; i < 12; i++) await typeNote(panel, `filler ${i}`);

    await search(panel, '"budgets are spent"');
    await expect.poll(() => results(panel)).toEqual(['Error budgets are spent by the team that owns the pager']);
    const field = await search(panel, 'pager');
    await expect.poll(() => results(panel)).toEqual(['Error budgets are spent by the team that owns the pager']);
    expect(await panel.$$eval('#search-results mark', (m) => m.map((x) => x.textContent))).toEqual(['pager']);
    await field.press('Enter');
    await panel.waitForFunction(() => document.activeElement?.classList.contains('note-found') === true);
    const inView = await panel.evaluate(() => {
      const box = document.activeElement!.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toContain('Error budgets are spent');
  });

  test('a note added in another sidebar page while the results are open appears in them', async () => {
    await search(panel, 'lighthouse');
    await expect.poll(() => panel.$eval('.search-status', (s) => s.textContent)).toBe('Nothing found.');
    const other = await firefox.openPage('panel/index.html');
    await typeNote(other, 'The lighthouse slide again');
    await expect.poll(() => results(panel)).toEqual(['The lighthouse slide again']);
    await other.close();
  });
});
