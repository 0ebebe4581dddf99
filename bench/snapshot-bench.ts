/**
 * Snapshots in real Chromium. Click to thumbnail: with the fixture YouTube talk playing a 1920×1080 video as the
 * context tab, from the click on the panel's "Snapshot" to its thumbnail painted (the frame grabbed and encoded in
 * the tab with its thumbnail, stored by the background, announced with the thumbnail, which the panel shows), by
 * the panel's own clock, with the panel and the YouTube page both drawing as a docked panel and its tab do.
 * Target: at most 300 ms median. Panel open: the same 1,000-note session with 200 of its notes snapshots against
 * without (thumbnails load only when scrolled into view). Target: at most 1.2× the session without.
 */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../support/chromium';
import { playerReady, seekTo, serveSlidesVideo, TALK_A } from '../support/youtube-site';
import { benchCall } from './bench-page';
import { openPanel } from './panel-bench';
import { median, type Row } from './stats';

const RUNS = 7;

/** Runs in the panel before its scripts: the time of each click on "Snapshot", and of each new thumbnail painted. */
function watchThumbnails(): void {
  const w = window as unknown as { benchClicks: number[]; benchThumbs: number[] };
  w.benchClicks = [];
  w.benchThumbs = [];
  document.addEventListener(
    'click',
    (event) => {
      const button = (event.target as Element | null)?.closest('button');
      if (button?.textContent === 'Snapshot') w.benchClicks.push(performance.now());
    },
    true,
  );
  const seen = new WeakSet<Element>();
  new MutationObserver(() => {
    for (const img of document.querySelectorAll<HTMLImageElement>('.snapshot-thumb img')) {
      if (seen.has(img)) continue;
      seen.add(img);
      const painted = () => requestAnimationFrame(() => setTimeout(() => w.benchThumbs.push(performance.now()), 0));
      if (img.complete) painted();
      else img.addEventListener('load', painted, { once: true });
    }
  }).observe(document, { childList: true, subtree: true });
}

async function clickToThumbnail(browser: ExtensionBrowser, bench: Page, sessionId: string): Promise<number[]> {
  const restore = await serveSlidesVideo(browser.ctx);
  const yt = await browser.ctx.newPage();
  const panel = await browser.ctx.newPage();
  try {
    await yt.goto(TALK_A);
    await playerReady(yt);
    await seekTo(yt, 5.4);
    await yt.bringToFront();
    await benchCall(bench, 'select', sessionId);
    await panel.addInitScript(watchThumbnails);
    await panel.goto(`chrome-extension://${browser.extensionId}/panel/index.html`);
    await panel.locator('textarea#note-input:not([disabled])').waitFor();
    // The docked side panel renders beside the tab, as the tab does. Here the panel is a page of its own: left
    // behind the YouTube page brought to the front above, Chromium drew it about once a second (its animation
    // frames measured at 1-2 a second against 91 for the front page), which alone put over 1.5 s into the figure.
    // At the front, both draw at full rate (the YouTube page goes on playing and stays the context tab).
    await panel.bringToFront();
    const times: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      await panel.getByRole('button', { name: 'Snapshot' }).click();
      const done = await panel.waitForFunction(
        (n) => {
          const w = window as unknown as { benchClicks: number[]; benchThumbs: number[] };
          return w.benchThumbs.length >= n && w.benchThumbs[n - 1]! - w.benchClicks[n - 1]!;
        },
        i + 1,
        { timeout: 30_000 },
      );
      // The first is a warm-up (the injected script's first compile, the first decode).
      if (i > 0) times.push((await done.jsonValue()) as number);
    }
    return times;
  } finally {
    await panel.close();
    await yt.close();
    await restore();
  }
}

export async function benchSnapshots(browser: ExtensionBrowser, bench: Page): Promise<Row[]> {
  const ids = await benchCall(bench, 'seedSnapshots', 1_000, 200);
  const selector = 'main.sections li.note';
  await openPanel(browser, bench, ids.snapped, selector); // warm-up
  const plain: number[] = [];
  const snapped: number[] = [];
  for (let i = 0; i < 5; i++) {
    plain.push((await openPanel(browser, bench, ids.plain, selector)).painted);
    snapped.push((await openPanel(browser, bench, ids.snapped, selector)).painted);
  }
  const open = median(snapped);
  const thumbs = await clickToThumbnail(browser, bench, ids.plain);
  const click = median(thumbs);
  return [
    {
      group: 'snapshot',
      name: 'click "Snapshot" to its thumbnail on screen, 1920×1080 frame',
      value: click,
      unit: 'ms',
      runs: thumbs.length,
      samples: thumbs,
      target: { text: '≤300 ms', met: click <= 300 },
    },
    {
      group: 'snapshot',
      name: 'panel open to every section on screen, 1,000 notes of which 200 snapshots',
      value: open,
      unit: 'ms',
      runs: snapped.length,
      samples: snapped,
      baseline: { name: 'the same session without snapshots', value: median(plain) },
      target: { text: '≤1.2× without', met: open <= 1.2 * median(plain) },
    },
  ];
}
