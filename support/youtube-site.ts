/**
 * The fixture YouTube for real-Chromium tests: app.html for every page URL, its script, and a silent WAV of
 * five minutes served with byte ranges (as a media server does), so that seeking works and times are real.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page, Route, Worker } from 'playwright-core';
import { serveFixtures } from './chromium';
import { silentWav } from './fixtures/youtube/wav';
import { TALK_SECONDS } from './fixtures/youtube/talks';
export { TALK_A, TALK_SECONDS } from './fixtures/youtube/talks';

const DIR = path.resolve(import.meta.dirname, 'fixtures/youtube');
export const TALK_B_PATH = '/watch?v=cnfTalkBBB2&list=PLconfnotesFixture01&index=2';

export async function serveYouTube(ctx: BrowserContext): Promise<void> {
  const html = readFileSync(path.join(DIR, 'app.html'));
  const js = readFileSync(path.join(DIR, 'app.js'));
  const wav = silentWav(TALK_SECONDS);
  await serveFixtures(ctx, 'https://www.youtube.com', (url) =>
    url.pathname === '/fixture/app.js' ? { body: js, contentType: 'text/javascript' } : { body: html },
  );
  await ctx.route('https://www.youtube.com/fixture/talk.wav*', async (route) => {
    const range = /bytes=(\d+)-(\d*)/.exec(route.request().headers().range ?? '');
    const start = range ? Number(range[1]) : 0;
    const end = range?.[2] ? Math.min(Number(range[2]), wav.length - 1) : wav.length - 1;
    await route.fulfill({
      status: range ? 206 : 200,
      headers: {
        'content-type': 'audio/wav',
        'accept-ranges': 'bytes',
        'content-length': String(end - start + 1),
        ...(range ? { 'content-range': `bytes ${start}-${end}/${wav.length}` } : {}),
      },
      body: wav.subarray(start, end + 1),
    });
  });
}

/**
 * The talk's media becomes a 1920×1080 video whose every second is one known colour (second n: red 25n, green
 * 255 - 25n, blue 60 + 13n; fixtures/youtube/slides-1080p.webm, made by scripts/make-snapshot-video.sh), for the
 * snapshot tests and benchmark. Registered after serveYouTube, it wins over the silent sound; the function it
 * resolves to puts the sound back.
 */
export async function serveSlidesVideo(ctx: BrowserContext): Promise<() => Promise<void>> {
  const url = 'https://www.youtube.com/fixture/talk.wav*';
  const handler = slidesHandler();
  await ctx.route(url, handler);
  return () => ctx.unroute(url, handler);
}

/**
 * The slides video from a media host of its own, as YouTube's own video hosts are, with no CORS header: a page
 * playing it cannot read its pixels (a canvas it is drawn on is tainted). The address to give the <video>.
 */
export const CROSS_ORIGIN_SLIDES = 'https://rr1---sn-fixture.googlevideo.com/videoplayback?id=slides';

export async function serveCrossOriginSlides(ctx: BrowserContext): Promise<void> {
  await ctx.route('https://rr1---sn-fixture.googlevideo.com/**', slidesHandler());
}

/** The slides video, served with byte ranges as a media server does. */
function slidesHandler(): (route: Route) => Promise<void> {
  const video = readFileSync(path.join(DIR, 'slides-1080p.webm'));
  return async (route: Route) => {
    const range = /bytes=(\d+)-(\d*)/.exec(route.request().headers().range ?? '');
    const start = range ? Number(range[1]) : 0;
    const end = range?.[2] ? Math.min(Number(range[2]), video.length - 1) : video.length - 1;
    await route.fulfill({
      status: range ? 206 : 200,
      headers: {
        'content-type': 'video/webm',
        'accept-ranges': 'bytes',
        'content-length': String(end - start + 1),
        ...(range ? { 'content-range': `bytes ${start}-${end}/${video.length}` } : {}),
      },
      body: video.subarray(start, end + 1),
    });
  };
}

/** The colour of second `n` of the slides video. */
export const slideColour = (second: number): number[] => [25 * second, 255 - 25 * second, 60 + 13 * second];

/** Waits until the main player has loaded its media (real duration known). */
export async function playerReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const video = (window as unknown as { fixture: { video: () => HTMLVideoElement } }).fixture.video();
    return video.readyState >= 1 && video.duration > 0;
  });
}

export async function seekTo(page: Page, seconds: number, play = false): Promise<void> {
  await page.evaluate(
    async ({ seconds, play }) => {
      const video = (window as unknown as { fixture: { video: () => HTMLVideoElement } }).fixture.video();
      const seeked = new Promise((resolve) => video.addEventListener('seeked', resolve, { once: true }));
      video.currentTime = seconds;
      await seeked;
      if (play) await video.play();
      else video.pause();
    },
    { seconds, play },
  );
}

export function playerTime(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as { fixture: { video: () => HTMLVideoElement } }).fixture.video().currentTime,
  );
}

export interface StoredNote {
  id: string;
  sectionId: string;
  text: string;
  at?: { videoId: string; seconds: number };
}
export interface StoredSection {
  id: string;
  title: string;
  sourceKey?: string;
  source?: { videoId: string; list?: string; index?: number };
}

/** Everything in the extension's database, read in its service worker. */
export function readStore(sw: Worker): Promise<{ notes: StoredNote[]; sections: StoredSection[] }> {
  return sw.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('confnotes');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['notePages', 'sections']);
          const out: { notes: never[]; sections: never[] } = { notes: [], sections: [] };
          // Notes are kept in pages of a section's notes.
          tx.objectStore('notePages').getAll().onsuccess = (e) => {
            out.notes = ((e.target as IDBRequest).result as { notes: never[] }[]).flatMap((p) => p.notes);
          };
          tx.objectStore('sections').getAll().onsuccess = (e) => {
            out.sections = (e.target as IDBRequest).result;
          };
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
        };
      }),
  );
}
