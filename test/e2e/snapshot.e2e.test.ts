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

interface StoredFrame {
  noteId: string;
  width: number;
  height: number;
  mime: string;
  type: string;
  size: number;
  base64: string;
  /** Decoded: the frame's own size, and its colour at the centre and where the player's controls would be. */
  decoded: { width: number; height: number; centre: number[]; bottom: number[] };
}

/** Every image in the extension's database, decoded in its service worker. */
function readImages(): Promise<StoredFrame[]> {
  return browser.sw.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('confnotes');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
    });
    const images = await new Promise<
      { noteId: string; width: number; height: number; mime: string; blob: Blob; removedAt?: number }[]
    >((resolve) => {
      const request = db.transaction('images').objectStore('images').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return Promise.all(
      images
        .filter((i) => i.removedAt === undefined)
        .map(async ({ noteId, width, height, mime, blob }) => {
          const bitmap = await createImageBitmap(blob);
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const context = canvas.getContext('2d')!;
          context.drawImage(bitmap, 0, 0);
          const pixel = (x: number, y: number) => [...context.getImageData(x, y, 1, 1).data.slice(0, 3)];
          const bytes = new Uint8Array(await blob.arrayBuffer());
          let binary = '';
          for (let i = 0; i < bytes.length; i += 0x8000)
            binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
          return {
            noteId,
            width,
            height,
            mime,
            type: blob.type,
            size: blob.size,
            base64: btoa(binary),
            decoded: {
              width: bitmap.width,
              height: bitmap.height,
              centre: pixel(bitmap.width / 2, bitmap.height / 2),
              bottom: pixel(40, bitmap.height - 20),
            },
          };
        }),
    );
  });
}

const near = (actual: number[], expected: number[]) => actual.every((value, i) => Math.abs(value - expected[i]!) <= 8);

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
  const [image] = await readImages();
  expect(image).toMatchObject({ width: 1920, height: 1080, mime: 'image/webp', type: 'image/webp' });
  expect(image!.decoded).toMatchObject({ width: 1920, height: 1080 });
  expect(near(image!.decoded.centre, colourAt(5)), String(image!.decoded.centre)).toBe(true);
  // Where the player's controls and progress bar sit on the page: the frame's own colour there too.
  expect(near(image!.decoded.bottom, colourAt(5)), String(image!.decoded.bottom)).toBe(true);
  expect(image!.size).toBeLessThanOrEqual(300 * 1024);
  const thumb = panel.getByRole('link', { name: 'Snapshot, 1920×1080: open the full image' });
  await expect.poll(() => thumb.locator('img').getAttribute('src')).toMatch(/^blob:/);
  await expect.poll(() => thumb.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1920);
});

test('during an ad "Snapshot" is refused with the reason, stores nothing and keeps the typed text', async () => {
  const before = (await readImages()).length;
  await yt.evaluate(() => (window as unknown as { fixture: { setAd: (on: boolean) => void } }).fixture.setAd(true));
  try {
    await expect.poll(() => panel.locator('.now-watching').textContent()).toMatch(/ad/i);
    await panel.getByLabel('Note', { exact: true }).fill('kept');
    await panel.getByRole('button', { name: 'Snapshot' }).click();
    await expect
      .poll(() => panel.getByRole('alert').filter({ hasText: 'Snapshot refused' }).first().textContent())
      .toMatch(/an ad is playing/);
    expect(await panel.getByLabel('Note', { exact: true }).inputValue()).toBe('kept');
    expect((await readImages()).length).toBe(before);
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
  const [image] = await readImages();
  expect(Buffer.from(zip[links[0]!.path]!).toString('base64')).toBe(image!.base64);
  // The Markdown alone says the image is not in it.
  const only = await download(panel, 'Export Markdown only');
  expect(only.name).toBe('slides-conf.md');
  expect(only.bytes.toString('utf8')).not.toContain('images/');
  await expect.poll(() => panel.getByRole('status').filter({ hasText: 'left out' }).count()).toBe(1);
});

test('a backup carries the image byte for byte; deleted, the note and its image come back by importing it', async () => {
  const [before] = await readImages();
  const options = await browser.openPage('options/index.html');
  // The options page says what is stored, the images apart.
  await expect
    .poll(() => options.getByRole('status').filter({ hasText: 'Confnotes stores' }).textContent())
    .toMatch(
      /^Confnotes stores [\d.]+ (KB|MB) of the [\d.]+ (MB|GB) the browser allows; of that, 1 snapshot: \d+ KB\.$/,
    );
  const file = await download(options, 'Export backup');
  const backup = JSON.parse(file.bytes.toString('utf8'));
  expect(backup.version).toBe(5);
  const [entry] = backup.sessions;
  expect(entry.images).toHaveLength(1);
  expect(Buffer.from(base64ToBytes(entry.images[0].data)).toString('base64')).toBe(before!.base64);

  await panel.bringToFront();
  await panel.getByRole('button', { name: 'Note actions' }).first().click();
  await panel.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect.poll(async () => (await readImages()).length).toBe(0);
  const saved = path.join(dir, 'backup.json');
  await writeFile(saved, file.bytes);
  await options.bringToFront();
  await options.getByLabel('Import backup').setInputFiles(saved);
  await expect.poll(() => options.getByRole('status').last().textContent()).toMatch(/^Imported /);
  const [after] = await readImages();
  expect(after?.base64).toBe(before!.base64);
  expect(after?.decoded).toEqual(before!.decoded);
});
