/**
 * After a clip on X, in real Chromium with dist/chrome: the clip's button says where the tweet went, "Add comment"
 * beside it opens a labelled field in the same closed shadow root, Enter saves the comment to the clip, Escape
 * leaves it as it was, all by keyboard after the click; and the page sees none of it (markup and sizes unchanged).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { clickButton, clickControl, commentControls, labelsOf } from '../../support/fixtures/x/clip-timing';
import { batches, firstCells } from '../../support/fixtures/x/pages';
import * as fx from '../../support/fixtures/x/tweets';
import type { ExtensionBrowser } from '../../support/chromium';
import { openXSite, storedNotes } from './x-site';

let b: ExtensionBrowser;
let panel: Page;
let x: Page;
const readable = [...firstCells, ...batches.flat()].filter((t) => !t.ad).length;

/** What the page can see of our buttons: their markup and boxes. */
const pageView = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-confnotes]')].map((host) => {
      const box = host.getBoundingClientRect();
      return { html: host.outerHTML, width: box.width, height: box.height };
    }),
  );

async function clipComment(): Promise<string | undefined> {
  const note = (await storedNotes(panel)).find((n) => n.kind === 'post' && n.post.id === fx.plain.id);
  return note?.kind === 'post' ? note.comment : undefined;
}

beforeAll(async () => {
  ({ b, panel } = await openXSite('Open Spaces'));
  x = await b.ctx.newPage();
  await x.goto('https://x.com/search?q=%23FjordOps');
  // Every button of the streaming timeline first: the page's view of them is compared before and after.
  await x.waitForFunction((count) => document.querySelectorAll('[data-confnotes="clip"]').length === count, readable, {
    timeout: 10_000,
  });
});
afterAll(async () => {
  await b?.close({ removeProfile: true });
});

test('the clip says where it went, and takes a comment afterwards by keyboard; Escape keeps the comment', async () => {
  const before = await pageView(x);
  // Offered only after a clip (its place kept from the start, unseen).
  expect((await commentControls(x, fx.plain.id)).comment.attributes.class).toContain('unoffered');

  await clickButton(x, fx.plain.id);
  await expect.poll(() => labelsOf(x, fx.plain.id)).toEqual(['Clipped to Open Spaces', 'Clipped']);
  const { comment, field } = await commentControls(x, fx.plain.id);
  expect(comment.attributes).toMatchObject({ 'aria-label': 'Add comment', class: 'comment' });
  expect(field.attributes).toMatchObject({ 'aria-label': 'Comment on this clip' });
  expect(field.attributes).toHaveProperty('hidden');

  // Keyboard only from here: Tab from the clip button to "Add comment", Enter opens the field, Enter saves.
  await x.keyboard.press('Tab');
  await x.keyboard.press('Enter');
  await expect.poll(async () => (await commentControls(x, fx.plain.id)).field.attributes).not.toHaveProperty('hidden');
  await x.keyboard.type('Worth a follow-up');
  await x.keyboard.press('Enter');
  await expect.poll(clipComment).toBe('Worth a follow-up');
  await expect.poll(() => labelsOf(x, fx.plain.id)).toEqual(['Comment saved', 'Clipped']);
  expect((await commentControls(x, fx.plain.id)).field.attributes).toHaveProperty('hidden');

  // Opened again (by mouse this time) it holds the saved comment; Escape closes it and changes nothing.
  await clickControl(x, (await commentControls(x, fx.plain.id)).comment);
  await x.keyboard.press('End');
  await x.keyboard.type(' (not this)');
  await x.keyboard.press('Escape');
  await expect.poll(async () => (await commentControls(x, fx.plain.id)).field.attributes).toHaveProperty('hidden');
  expect(await clipComment()).toBe('Worth a follow-up');
  // The tweet was not opened by any of it, and the page's view of our buttons did not change.
  expect(x.url()).toBe('https://x.com/search?q=%23FjordOps');
  expect(await pageView(x)).toEqual(before);
});

test('a page script cannot open the field nor type into it', async () => {
  await x.evaluate(() => {
    for (const host of document.querySelectorAll<HTMLElement>('[data-confnotes]')) {
      host.click();
      host.focus();
      for (const key of ['Enter', 'a', 'Escape']) {
        host.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      }
    }
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect((await commentControls(x, fx.plain.id)).field.attributes).toHaveProperty('hidden');
  expect(await clipComment()).toBe('Worth a follow-up');
});
