/**
 * Enabling clipping on a Mastodon instance, in real Chromium with the built extension: an instance's page gets no
 * buttons until the user enables it from the popup (its one origin's permission asked in the click, its content
 * script registered and started in the open tab), keeps them across a reload, and loses them when the options page
 * removes it (script unregistered, the open tab's buttons gone). An instance never enabled gets nothing. (The copy
 * under test holds mastodon.social's host as required, so the browser keeps that permission after the removal.)
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ourButtons } from '../../support/fixtures/x/clip-timing';
import { batches, firstStatuses, TIMELINE_PATH } from '../../support/fixtures/mastodon/pages';
import {
  enableFromPopup,
  INSTANCE,
  NOT_ENABLED,
  openMastodonSite,
  registeredScripts,
  type MastodonSite,
} from './mastodon-site';

let site: MastodonSite;
let page: Page;
const posts = firstStatuses.length + batches.flat().length;
const clipButtons = async (p: Page) => (await ourButtons(p)).filter((b) => b.kind === 'clip').length;

beforeAll(async () => {
  site = await openMastodonSite('Keynote: undo everything');
  page = await site.b.ctx.newPage();
  await page.goto(`${INSTANCE}${TIMELINE_PATH}`);
});
afterAll(async () => {
  await site?.close();
});

test('an instance not enabled gets no buttons; the popup on it offers to enable it', async () => {
  // The whole timeline has streamed in (its last batch holds the hostile post).
  await page.getByText('**bold**', { exact: false }).waitFor();
  expect(await clipButtons(page)).toBe(0);
  expect(await registeredScripts(site.b)).toEqual([]);
  await page.bringToFront();
  const popup = await site.b.openPage('popup/index.html');
  await popup.getByRole('button', { name: 'Enable clipping on mastodon.social' }).waitFor();
  await popup.close();
});

test('enabling from the popup registers the script for that origin and starts it in the open tab', async () => {
  await enableFromPopup(site, page);
  expect(await registeredScripts(site.b)).toMatchObject([
    { id: 'mastodon-mastodon.social', matches: ['https://mastodon.social/*'] },
  ]);
  await expect.poll(() => clipButtons(page), { timeout: 10_000 }).toBe(posts);
  // The popup, opened again there, says clipping is on.
  await page.bringToFront();
  const popup = await site.b.openPage('popup/index.html');
  await popup.getByText('Clipping is on for mastodon.social.').waitFor();
  await popup.close();
});

test('a reload gets the buttons from the registered script, once each', async () => {
  await page.reload();
  await page.getByText('**bold**', { exact: false }).waitFor();
  await expect.poll(() => clipButtons(page), { timeout: 10_000 }).toBe(posts);
});

test('an instance never enabled still gets nothing', async () => {
  const other = await site.b.ctx.newPage();
  await other.goto(`${NOT_ENABLED}${TIMELINE_PATH}`);
  await other.getByText('**bold**', { exact: false }).waitFor();
  expect(await clipButtons(other)).toBe(0);
  await other.close();
});

test('the options page lists the instance; Remove unregisters it and takes the buttons away', async () => {
  const options = await site.b.openPage('options/index.html');
  const list = options.getByRole('list', { name: 'Enabled instances' });
  await expect.poll(() => list.getByRole('listitem').allTextContents()).toEqual(['mastodon.social Remove']);
  await options.getByRole('button', { name: 'Remove mastodon.social' }).click();
  await options.getByText('Clipping removed from mastodon.social.').waitFor();
  await options.getByText('No instance is enabled.').waitFor();
  await expect.poll(() => clipButtons(page)).toBe(0);
  expect(await registeredScripts(site.b)).toEqual([]);
  await page.reload();
  await page.getByText('**bold**', { exact: false }).waitFor();
  expect(await clipButtons(page)).toBe(0);
});
