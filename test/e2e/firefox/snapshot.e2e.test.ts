/**
 * "Snapshot" in real Firefox, as test/e2e/snapshot.e2e.test.ts does in Chromium: on the 1920×1080 coloured talk
 * video, the sidebar page's button at 0:05 stores the 0:05 frame at its full size, and the thumbnail shows it.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { slideColour } from '../../../support/youtube-site';
import { describeFirefox, FIREFOX_SLOW, launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox';
import { button, byLabel } from './page';
import { playerReady, seekTo, serveYouTube, TALK_A } from './youtube-site';

interface Frame {
  width: number;
  height: number;
  mime: string;
  decoded: { width: number; height: number; centre: number[] };
}

describeFirefox('snapshots on the YouTube fixture', () => {
  let firefox: FirefoxWithExtension;
  let yt: Page;
  let panel: Page;

  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
    serveYouTube(firefox, { slides: true });
    yt = await firefox.openSite(TALK_A);
    await playerReady(yt);
    panel = await firefox.openPage('panel/index.html');
    await (await button(panel, 'New session')).click();
    await (await byLabel(panel, 'Title')).type('Slides Conf');
    await (await button(panel, 'Create session')).click();
    await panel.waitForFunction(() => {
      const box = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Note')?.control;
      return box instanceof HTMLTextAreaElement && !box.disabled;
    });
  }, FIREFOX_SLOW);
  afterAll(async () => {
    await firefox?.close();
  }, FIREFOX_SLOW);

  /** The stored images, decoded in the sidebar page (an extension page reads the extension's database). */
  const frames = () =>
    panel.evaluate(
      () =>
        new Promise<Frame[]>((resolve, reject) => {
          const open = indexedDB.open('confnotes');
          open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
          open.onsuccess = () => {
            const request = open.result.transaction('images').objectStore('images').getAll();
            request.onsuccess = async () => {
              open.result.close();
              const images = request.result as { width: number; height: number; mime: string; blob: Blob }[];
              resolve(
                await Promise.all(
                  images.map(async ({ width, height, mime, blob }) => {
                    const bitmap = await createImageBitmap(blob);
                    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
                    const context = canvas.getContext('2d')!;
                    context.drawImage(bitmap, 0, 0);
                    const centre = [...context.getImageData(bitmap.width / 2, bitmap.height / 2, 1, 1).data];
                    return {
                      width,
                      height,
                      mime,
                      decoded: { width: bitmap.width, height: bitmap.height, centre: centre.slice(0, 3) },
                    };
                  }),
                ),
              );
            };
          };
        }),
    );

  test('the sidebar\'s "Snapshot" at 0:05 stores the 0:05 frame at 1920×1080 and shows its 320-pixel thumbnail', async () => {
    await seekTo(yt, 5.4);
    await (await button(panel, 'Snapshot')).click();
    await expect
      .poll(() => panel.evaluate(() => document.querySelector('.saved')?.textContent ?? ''), { timeout: 10_000 })
      .toMatch(/^Snapshot saved to .+ at 0:05 \(the video's own frame\)$/);
    const [frame] = await frames();
    expect(frame).toMatchObject({ width: 1920, height: 1080, decoded: { width: 1920, height: 1080 } });
    expect(['image/webp', 'image/png']).toContain(frame!.mime);
    const expected = slideColour(5);
    expect(
      frame!.decoded.centre.every((v, i) => Math.abs(v - expected[i]!) <= 8),
      String(frame!.decoded.centre),
    ).toBe(true);
    // The thumbnail the snapshot's announcement brought: 320 pixels wide, not the full frame decoded again.
    await expect
      .poll(() =>
        panel.evaluate(() => document.querySelector<HTMLImageElement>('.snapshot-thumb img')?.naturalWidth ?? 0),
      )
      .toBe(320);
  });
});
