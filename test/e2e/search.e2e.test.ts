/**
 * Search in real Chromium with the built extension: a tweet clipped on the X fixture site and notes typed in the
 * panel are found by the tweet's author handle, by a word and by a phrase; opening a result scrolls its note into
 * view and highlights it; a note added while the results are open appears in them; the popup's compact search
 * hands a result to the panel.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { clickButton, labelsOf } from '../../support/fixtures/x/clip-timing';
import * as fx from '../../support/fixtures/x/tweets';
import type { ExtensionBrowser } from '../../support/chromium';
import { openXSite, storedNotes } from './x-site';

let b: ExtensionBrowser;
let panel: Page;

const results = (page: Page) => page.locator('#search-results [role=option]').allTextContents();

async function typeNote(text: string) {
  const box = panel.getByLabel('Note', { exact: true });
  await box.fill(text);
  await box.press('Enter');
  await panel.locator('.note', { hasText: text }).waitFor();
}

async function search(page: Page, query: string) {
  const field = page.getByRole('combobox', { name: 'Search all notes' });
  await field.fill(query);
  return field;
}

beforeAll(async () => {
  ({ b, panel } = await openXSite('Keynote'));
});
afterAll(async () => {
  await b?.close({ removeProfile: true });
});

test('a clip and notes: the tweet is clipped on X, the notes typed in the panel', async () => {
  const x = await b.ctx.newPage();
  await x.goto('https://x.com/search?q=%23FjordOps');
  await clickButton(x, fx.plain.id);
  await expect.poll(() => labelsOf(x, fx.plain.id)).toContain('Clipped');
  await x.close();
  await panel.bringToFront();
  await typeNote('Error budgets are spent by the team that owns the pager');
  // Enough after it that its section shows only its latest notes: the note is read again when opened.
  for (let i = 0; i < 52; i++) await typeNote(`filler note number ${i}`);
  expect((await storedNotes(panel)).length).toBe(54);
});

test('a tweet is found by its author, a note by a word and by a phrase; the opened note is in view and highlighted', async () => {
  await search(panel, 'from:@ada_builds');
  await expect.poll(() => results(panel)).toEqual([expect.stringContaining('deploy on Fridays, but only with undo')]);
  await search(panel, '"budgets are spent"');
  await expect.poll(() => results(panel)).toEqual(['Error budgets are spent by the team that owns the pager']);
  await search(panel, 'pagr'); // a typo on a short word finds nothing; the prefix of a longer one does
  await expect.poll(() => panel.locator('.search-status').textContent()).toBe('Nothing found.');
  const field = await search(panel, 'budget');
  await expect.poll(() => results(panel)).toHaveLength(1);
  expect(await panel.locator('#search-results mark').allTextContents()).toEqual(['budgets']);
  await field.press('Enter');
  const note = panel.locator('.note', { hasText: 'Error budgets are spent' });
  await expect.poll(() => note.evaluate((el) => el.classList.contains('note-found'))).toBe(true);
  await expect.poll(() => note.evaluate((el) => el === document.activeElement)).toBe(true);
  const inView = await note.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });
  expect(inView).toBe(true);
});

test('a note added while the results are open appears in them', async () => {
  await search(panel, 'lighthouse');
  await expect.poll(() => panel.locator('.search-status').textContent()).toBe('Nothing found.');
  const other = await b.openPage('panel/index.html');
  const box = other.getByLabel('Note', { exact: true });
  await box.fill('The lighthouse slide again');
  await box.press('Enter');
  await expect.poll(() => results(panel)).toEqual(['The lighthouse slide again']);
  await other.close();
});

test("the popup's search hands the result to the panel", async () => {
  const popup = await b.openPage('popup/index.html');
  await search(popup, 'from:@ada_builds');
  await expect.poll(() => results(popup)).toHaveLength(1);
  await popup.locator('#search-results [role=option]').first().click();
  const clip = panel.locator('.note', { hasText: 'deploy on Fridays' });
  await expect.poll(() => clip.evaluate((el) => el.classList.contains('note-found'))).toBe(true);
});
