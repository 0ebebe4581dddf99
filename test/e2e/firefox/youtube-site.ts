/**
 * The fixture YouTube for Firefox: the same files the Chromium tests serve (support/fixtures/youtube: app.html for
 * every page, its script, a silent five-minute WAV), through the harness's HTTPS server, which answers byte ranges.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { silentWav } from '../../../support/fixtures/youtube/wav';
import type { FirefoxWithExtension } from './firefox';
import { TALK_SECONDS } from '../../../support/fixtures/youtube/talks';
export { TALK_A, TALK_SECONDS } from '../../../support/fixtures/youtube/talks';

const DIR = path.resolve(import.meta.dirname, '../../../support/fixtures/youtube');

/** `slides`: the talk's media is the 1920×1080 coloured video of the snapshot tests instead of the silent sound. */
export function serveYouTube(firefox: FirefoxWithExtension, options: { slides?: boolean } = {}): void {
  const html = readFileSync(path.join(DIR, 'app.html'));
  const js = readFileSync(path.join(DIR, 'app.js'));
  const media = options.slides
    ? { body: readFileSync(path.join(DIR, 'slides-1080p.webm')), contentType: 'video/webm' }
    : { body: silentWav(TALK_SECONDS), contentType: 'audio/wav' };
  firefox.serveFixtures('https://www.youtube.com', (url) => {
    if (url.pathname === '/fixture/app.js') return { body: js, contentType: 'text/javascript' };
    if (url.pathname === '/fixture/talk.wav') return media;
    return { body: html };
  });
}

type FixtureWindow = { fixture: { video: () => HTMLVideoElement; setAd: (on: boolean) => void } };

/** Waits until the main player has loaded its media (real duration known). */
export async function playerReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const video = (window as unknown as FixtureWindow).fixture.video();
      return video.readyState >= 1 && video.duration > 0;
    },
    { timeout: 15_000 },
  );
}

export async function seekTo(page: Page, seconds: number, play = false): Promise<void> {
  await page.evaluate(
    async (to: number, andPlay: boolean) => {
      const video = (window as unknown as FixtureWindow).fixture.video();
      const seeked = new Promise((resolve) => video.addEventListener('seeked', resolve, { once: true }));
      video.currentTime = to;
      await seeked;
      if (andPlay) await video.play();
      else video.pause();
    },
    seconds,
    play,
  );
}

export function playerTime(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as FixtureWindow).fixture.video().currentTime);
}

export async function setAd(page: Page, on: boolean): Promise<void> {
  await page.evaluate((adOn: boolean) => (window as unknown as FixtureWindow).fixture.setAd(adOn), on);
}
