/**
 * Snapshots in real Chromium, on a 1920×1080 talk video whose every second is one known colour
 * (support/fixtures/youtube/slides-1080p.webm, made by scripts/make-snapshot-video.sh): "Snapshot" in the panel at
 * 0:05 stores the 0:05 frame at its full size and nothing of the player around it; "Export Markdown" gives a zip
 * whose Markdown links exactly the images in it; a backup carries the image byte for byte and brings it back.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../support/chromium';
import { playerReady, seekTo, serveSlidesVideo, serveYouTube, slideColour, TALK_A } from '../../support/youtube-site';
import { base64ToBytes } from '../../src/backup/base64';
import { BACKUP_VERSION } from '../../src/backup/format';
import { near, readImages } from '../../support/snapshot-images';

/** Second n of the video's colour (VP8 keeps it within a few levels). */
const colourAt = slideColour;

let browser: ExtensionBrowser;
let yt: Page;
let panel: Page;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'confnotes-snapshot-e2e-'));
  browser = await launchWithExtension();
  await serveYouTube(browser.ctx);
  await serveSlidesVideo(browser.ctx);
  yt = await browser.ctx.newPage();
  await yt.goto(TALK_A);
  await playerReady(yt);
  await yt.bringToFront();
  panel = await browser.openPage('panel/index.html');
  await panel.getByRole('button', { name: 'New session' }).click();
  await panel.getByLabel('Title').fill('Slides Conf');
  await panel.getByRole('button', { name: 'Create session' }).click();
  await panel.locator('textarea#note-input:not([disabled])').waitFor();
});
afterAll(async () => {
  await browser?.close({ removeProfile: true });
});

const readImagesNow = () => readImages(browser.sw);

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const event = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  const file = await event;
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test('"Snapshot" at 0:05 stores the 0:05 frame at 1920×1080, nothing of the player, and the panel shows it', async () => {
  await seekTo(yt, 5.4);
  await panel.getByLabel('Note', { exact: true }).fill('The architecture slide');
  await panel.getByRole('button', { name: 'Snapshot' }).click();
  await expect
    .poll(() => panel.locator('.saved').textContent())
    .toMatch(/^Snapshot saved to .+ at 0:05 \(the video's own frame\)$/);
  expect(await panel.getByLabel('Note', { exact: true }).inputValue()).toBe('');
  const [image] = await readImagesNow();
  expect(image).toMatchObject({ width: 1920, height: 1080, mime: 'image/webp', type: 'image/webp' });
  expect(image!.decoded).toMatchObject({ width: 1920, height: 1080 });
  expect(near(image!.decoded.centre, colourAt(5)), String(image!.decoded.centre)).toBe(true);
  // Where the player's controls and progress bar sit on the page: the frame's own colour there too.
  expect(near(image!.decoded.bottom, colourAt(5)), String(image!.decoded.bottom)).toBe(true);
  expect(image!.size).toBeLessThanOrEqual(300 * 1024);
  // Its thumbnail, made from the same frame, is kept with it: 320 pixels wide, a few KB, the same colour.
  expect(image!.thumb).toMatchObject({ width: 320, height: 180, mime: 'image/webp' });
  expect(image!.thumb!.bytes).toBeLessThan(16 * 1024);
  expect(near(image!.thumb!.decoded.centre, colourAt(5)), String(image!.thumb!.decoded.centre)).toBe(true);
  // The panel shows the thumbnail its announcement brought (no read of the full image), linking the full image.
  const thumb = panel.getByRole('link', { name: 'Snapshot, 1920×1080: open the full image' });
  await expect.poll(() => thumb.locator('img').getAttribute('src')).toMatch(/^data:image\/webp;base64,/);
  await expect.poll(() => thumb.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
  await expect.poll(() => thumb.getAttribute('href')).toMatch(/^blob:/);
  // The full image behind the link is the stored one, byte for byte.
  const linked = await thumb.evaluate(async (a: HTMLAnchorElement) => {
    const bytes = new Uint8Array(await (await fetch(a.href)).arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  });
  expect(linked).toBe(image!.base64);
  // Opened again, the panel reads the stored thumbnail, not the full image.
  const again = await browser.openPage('panel/index.html');
  try {
    const shown = again.getByRole('link', { name: 'Snapshot, 1920×1080: open the full image' }).locator('img');
    await expect.poll(() => shown.getAttribute('src')).toMatch(/^blob:/);
    await expect.poll(() => shown.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
  } finally {
    await again.close();
  }
});

test('during an ad "Snapshot" is refused with the reason, stores nothing and keeps the typed text', async () => {
  const before = (await readImagesNow()).length;
  await yt.evaluate(() => (window as unknown as { fixture: { setAd: (on: boolean) => void } }).fixture.setAd(true));
  try {
    await expect.poll(() => panel.locator('.now-watching').textContent()).toMatch(/ad/i);
    await panel.getByLabel('Note', { exact: true }).fill('kept');
    await panel.getByRole('button', { name: 'Snapshot' }).click();
    await expect
      .poll(() => panel.getByRole('alert').filter({ hasText: 'Snapshot refused' }).first().textContent())
      .toMatch(/an ad is playing/);
    expect(await panel.getByLabel('Note', { exact: true }).inputValue()).toBe('kept');
    expect((await readImagesNow()).length).toBe(before);
  } finally {
    await yt.evaluate(() => (window as unknown as { fixture: { setAd: (on: boolean) => void } }).fixture.setAd(false));
    await panel.getByLabel('Note', { exact: true }).fill('');
  }
});

test('"Export Markdown" downloads <slug>.zip whose Markdown links exactly the images in it', async () => {
  const { name, bytes } = await download(panel, 'Export Markdown');
  expect(name).toBe('slides-conf.zip');
  const zip = unzipSync(new Uint8Array(bytes));
  const markdown = new TextDecoder().decode(zip['slides-conf.md']);
  const links = [...markdown.matchAll(/!\[([^\]]*)\]\(([^)]+)\)/g)].map((m) => ({ alt: m[1], path: m[2]! }));
  expect(links).toHaveLength(1);
  expect(links[0]!.alt).toBe('The architecture slide');
  expect(links[0]!.path).toMatch(/^images\/.+-0-05\.webp$/);
  expect(Object.keys(zip).sort()).toEqual(['slides-conf.md', links[0]!.path].sort());
  const [image] = await readImagesNow();
  expect(Buffer.from(zip[links[0]!.path]!).toString('base64')).toBe(image!.base64);
  // The Markdown alone says the image is not in it.
  const only = await download(panel, 'Export Markdown only');
  expect(only.name).toBe('slides-conf.md');
  expect(only.bytes.toString('utf8')).not.toContain('images/');
  await expect.poll(() => panel.getByRole('status').filter({ hasText: 'left out' }).count()).toBe(1);
});

test('a backup carries the image byte for byte; deleted, the note and its image come back by importing it', async () => {
  const [before] = await readImagesNow();
  const options = await browser.openPage('options/index.html');
  // The options page says what is stored, the images apart.
  await expect
    .poll(() => options.getByRole('status').filter({ hasText: 'Confnotes stores' }).textContent())
    .toMatch(
      /^Confnotes stores [\d.]+ (KB|MB) of the [\d.]+ (MB|GB) the browser allows; of that, 1 snapshot: \d+ KB\.$/,
    );
  const file = await download(options, 'Export backup');
  const backup = JSON.parse(file.bytes.toString('utf8'));
  expect(backup.version).toBe(BACKUP_VERSION);
  const [entry] = backup.sessions;
  expect(entry.images).toHaveLength(1);
  expect(Buffer.from(base64ToBytes(entry.images[0].data)).toString('base64')).toBe(before!.base64);

  await panel.bringToFront();
  await panel.getByRole('button', { name: 'Note actions' }).first().click();
  await panel.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect.poll(async () => (await readImagesNow()).length).toBe(0);
  const saved = path.join(dir, 'backup.json');
  await writeFile(saved, file.bytes);
  await options.bringToFront();
  await options.getByLabel('Import backup').setInputFiles(saved);
  await expect.poll(() => options.getByRole('status').last().textContent()).toMatch(/^Imported /);
  const [after] = await readImagesNow();
  expect(after?.base64).toBe(before!.base64);
  expect(after?.decoded).toEqual(before!.decoded);
  // A backup carries no thumbnail: the background makes the imported image's from it.
  await expect.poll(async () => (await readImagesNow())[0]?.thumb?.width).toBe(320);
  expect(near((await readImagesNow())[0]!.thumb!.decoded.centre, colourAt(5))).toBe(true);
});
