/**
 * The other ways to a snapshot in real Chromium, on the 1920×1080 coloured talk video: a video from another
 * origin without CORS (as YouTube's media hosts serve it), whose pixels the page may not read, falls back to a
 * capture of the visible tab cropped to the video, and the panel says so; the `snapshot` command (Alt+Shift+S),
 * called as the browser calls its listeners; and the popup's "Snapshot" button.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DIST_CHROME, launchWithExtension, type ExtensionBrowser } from '../../support/chromium';
import {
  CROSS_ORIGIN_SLIDES,
  playerReady,
  seekTo,
  serveCrossOriginSlides,
  serveSlidesVideo,
  serveYouTube,
  TALK_A,
} from '../../support/youtube-site';
import { near, readImages } from '../../support/snapshot-images';

let browser: ExtensionBrowser;
let yt: Page;
let panel: Page;

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveYouTube(browser.ctx);
  await serveSlidesVideo(browser.ctx);
  await serveCrossOriginSlides(browser.ctx);
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

/** The talk's <video> plays `src` from now on, loaded and paused at `seconds`. */
async function playFrom(src: string, seconds: number, page = yt): Promise<void> {
  await page.evaluate(async (src) => {
    const video = (window as unknown as { fixture: { video: () => HTMLVideoElement } }).fixture.video();
    const loaded = new Promise((resolve) => video.addEventListener('loadeddata', resolve, { once: true }));
    video.src = src;
    await loaded;
  }, src);
  await seekTo(page, seconds);
}

/** The colour at the centre of the frame the talk's <video> shows, as the page reads it. */
function pageCentre(): Promise<number[]> {
  return yt.evaluate(() => {
    const video = (window as unknown as { fixture: { video: () => HTMLVideoElement } }).fixture.video();
    const canvas = document.createElement('canvas');
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(video, 0, 0);
    return [...context.getImageData(canvas.width / 2, canvas.height / 2, 1, 1).data.slice(0, 3)];
  });
}

/** Whether the page may read what the talk's <video> shows (drawn on a canvas, then read back). */
function pageCanReadFrame(page = yt): Promise<boolean> {
  return page.evaluate(() => {
    const video = (window as unknown as { fixture: { video: () => HTMLVideoElement } }).fixture.video();
    const canvas = document.createElement('canvas');
    canvas.getContext('2d')!.drawImage(video, 0, 0, 16, 9);
    try {
      canvas.toDataURL();
      return true;
    } catch {
      return false;
    }
  });
}

test('a cross-origin video refused by the page and a screen capture the panel may not take: refused, saying how', async () => {
  await playFrom(CROSS_ORIGIN_SLIDES, 5.4);
  expect(await pageCanReadFrame()).toBe(false);
  await yt.bringToFront();
  await panel.getByLabel('Note', { exact: true }).fill('kept');
  await panel.getByRole('button', { name: 'Snapshot' }).click();
  // The side panel's click grants no activeTab, and the extension holds no <all_urls> until the user allows it.
  await expect
    .poll(() => panel.getByRole('alert').filter({ hasText: 'Snapshot refused' }).first().textContent())
    .toMatch(/does not let its video frame be read, and capturing the screen instead needs your permission/);
  await panel.getByRole('button', { name: 'Allow screen capture' }).waitFor();
  expect(await panel.getByLabel('Note', { exact: true }).inputValue()).toBe('kept');
  expect(await readImages(browser.sw)).toEqual([]);
  await panel.getByLabel('Note', { exact: true }).fill('');
});

test("allowed to capture the screen, a cross-origin video's frame is the video's part of it, and the panel says so", async () => {
  // The user's "Allow" to the permission prompt cannot be clicked in automation: a copy of the extension is
  // granted <all_urls> at install, as after that click.
  const copy = mkdtempSync(path.join(tmpdir(), 'confnotes-chrome-capture-'));
  cpSync(DIST_CHROME, copy, { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(copy, 'manifest.json'), 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions.push('<all_urls>');
  writeFileSync(path.join(copy, 'manifest.json'), JSON.stringify(manifest));
  const allowed = await launchWithExtension({ extensionDir: copy });
  try {
    await serveYouTube(allowed.ctx);
    await serveCrossOriginSlides(allowed.ctx);
    const talk = await allowed.ctx.newPage();
    await talk.goto(TALK_A);
    await playerReady(talk);
    await playFrom(CROSS_ORIGIN_SLIDES, 5.4, talk);
    expect(await pageCanReadFrame(talk)).toBe(false);
    // Shown 640×360 on the page (the fixture's player is tiny): the capture is cropped to exactly that box.
    const shown = await talk.evaluate(() => {
      const video = (window as unknown as { fixture: { video: () => HTMLVideoElement } }).fixture.video();
      video.style.width = '640px';
      video.style.height = '360px';
      const box = video.getBoundingClientRect();
      return { x: box.x, y: box.y, width: box.width, height: box.height, scale: devicePixelRatio };
    });
    // The colour the screen shows at the video's centre (how the browser draws the video, not the file's colour).
    const screenshot = await talk.screenshot({
      clip: { x: shown.x + shown.width / 2, y: shown.y + shown.height / 2, width: 1, height: 1 },
    });
    const onScreen = await allowed.sw.evaluate(
      async (bytes) => {
        const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(1, 1);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
      },
      [...screenshot],
    );
    await talk.bringToFront();
    const side = await allowed.openPage('panel/index.html');
    await side.getByRole('button', { name: 'New session' }).click();
    await side.getByLabel('Title').fill('Slides Conf');
    await side.getByRole('button', { name: 'Create session' }).click();
    await side.getByLabel('Note', { exact: true }).fill('From the screen');
    // Here the panel is a tab of the talk's window: the talk's tab is brought back on screen, as beside a side panel.
    await talk.bringToFront();
    await side.getByRole('button', { name: 'Snapshot' }).click();
    await expect
      .poll(() => side.locator('.saved').textContent())
      .toMatch(/^Snapshot saved to .+ at 0:05 \(from the screen: the page refused the video frame\)$/);
    const [image] = await readImages(allowed.sw);
    // The video's rectangle at the screen's pixels, not the video's own size.
    expect(image).toMatchObject({
      width: Math.round(shown.width * shown.scale),
      height: Math.round(shown.height * shown.scale),
      mime: 'image/webp',
    });
    expect(image!.width).toBe(Math.round(640 * shown.scale));
    // The video's colour at its centre and near its corner (nothing of the page around it), as the screen shows it.
    expect(near(image!.decoded.centre, onScreen), String([image!.decoded.centre, onScreen])).toBe(true);
    expect(near(image!.decoded.bottom, onScreen), String([image!.decoded.bottom, onScreen])).toBe(true);
    expect(image!.thumb).toMatchObject({ width: Math.min(320, image!.width), mime: 'image/webp' });
    const thumb = side.getByRole('link', { name: `Snapshot, ${image!.width}×${image!.height}: open the full image` });
    await expect.poll(() => thumb.locator('img').getAttribute('src')).toMatch(/^data:image\/webp;base64,/);
  } finally {
    await allowed.close({ removeProfile: true });
    rmSync(copy, { recursive: true, force: true });
  }
});

test('the snapshot command takes the frame at the moment, with no words, and every open panel shows it', async () => {
  await playFrom('/fixture/talk.wav?v=cnfTalkAAA1', 7.4);
  expect(await pageCanReadFrame()).toBe(true);
  const frame = await pageCentre();
  const before = (await readImages(browser.sw)).length;
  // Alt+Shift+S: the browser calls the command's listeners with its name and the active tab.
  await browser.sw.evaluate(async () => {
    const chrome = (
      globalThis as unknown as {
        chrome: {
          tabs: { query: (q: object) => Promise<object[]> };
          commands: { onCommand: { dispatch: (command: string, tab: object) => void } };
        };
      }
    ).chrome;
    const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    chrome.commands.onCommand.dispatch('snapshot', active!);
  });
  await expect.poll(async () => (await readImages(browser.sw)).length).toBe(before + 1);
  const image = (await readImages(browser.sw)).at(-1)!;
  expect(image).toMatchObject({ width: 1920, height: 1080, mime: 'image/webp' });
  expect(near(image.decoded.centre, frame), String([image.decoded.centre, frame])).toBe(true);
  const note = panel.locator('li.note').filter({ has: panel.locator(`a[aria-label^="Snapshot, 1920×1080"]`) });
  await expect.poll(() => note.count()).toBe(1);
  await expect.poll(() => note.locator('.snapshot-thumb img').getAttribute('src')).toMatch(/^data:image\/webp/);
  await expect.poll(() => note.textContent()).toMatch(/0:07/);
});

test('the popup\'s "Snapshot" takes the frame with the words typed in it', async () => {
  await seekTo(yt, 9.4);
  const frame = await pageCentre();
  const before = (await readImages(browser.sw)).length;
  const popup = await browser.openPage('popup/index.html');
  try {
    await popup.getByLabel('Note', { exact: true }).fill('From the popup');
    await popup.getByRole('button', { name: 'Snapshot' }).click();
    await expect
      .poll(() => popup.getByRole('status').filter({ hasText: 'Snapshot saved' }).first().textContent())
      .toMatch(/^Snapshot saved to .+ at 0:09 \(the video's own frame\)\.$/);
    expect(await popup.getByLabel('Note', { exact: true }).inputValue()).toBe('');
  } finally {
    await popup.close();
  }
  const images = await readImages(browser.sw);
  expect(images).toHaveLength(before + 1);
  expect(near(images.at(-1)!.decoded.centre, frame), String([images.at(-1)!.decoded.centre, frame])).toBe(true);
  await expect
    .poll(() => panel.locator('li.note').filter({ hasText: 'From the popup' }).locator('.snapshot-thumb img').count())
    .toBe(1);
});
