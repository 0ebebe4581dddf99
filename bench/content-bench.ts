/**
 * What each content script costs the page it runs on, on load of its fixture page:
 * - script time: from a DevTools timeline trace of the load (see script-trace.ts), the time in the content
 *   script's own code, beside the page's own scripts in the same load;
 * - JS heap: JSHeapUsedSize (DevTools Performance.getMetrics, after a forced garbage collection) with the
 *   extension, minus the same page in a second browser without it (same binary and flags), loads interleaved.
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium, type ExtensionBrowser } from '../support/chromium';
import { TALK_A } from '../support/youtube-site';
import { serveSites, X_TIMELINE } from './capture-bench';
import { startTrace, type ScriptTime } from './script-trace';
import { median, type Row } from './stats';

const RUNS = 5;
/** The heap a script adds barely moves between loads (a few hundred bytes): fewer pairs suffice. */
const HEAP_RUNS = 3;
const PAGES = [
  { script: 'content/youtube.js', page: 'YouTube talk', url: TALK_A, settle: 250 },
  // The X fixture streams its timeline in over ~450 ms; the content script adds buttons as tweets arrive.
  { script: 'content/x.js', page: 'X timeline', url: X_TIMELINE, settle: 700 },
];

async function load(
  ctx: BrowserContext,
  url: string,
  settle: number,
  trace: boolean,
): Promise<{ heapKB: number; time?: ScriptTime }> {
  const page = await ctx.newPage();
  try {
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable');
    const stop = trace ? await startTrace(cdp) : null;
    await page.goto(url);
    await page.waitForTimeout(settle);
    const time = await stop?.();
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
    return { heapKB: heap / 1024, ...(time ? { time } : {}) };
  } finally {
    await page.close();
  }
}

export async function benchContentScripts(withExtension: ExtensionBrowser): Promise<Row[]> {
  const bare = await chromium.launch({
    executablePath: findChromium()!,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  try {
    const without = await bare.newContext();
    await serveSites(without);
    const rows: Row[] = [];
    for (const { script, page, url, settle } of PAGES) {
      await load(withExtension.ctx, url, settle, false); // warm-up of both: caches and compiled code
      await load(without, url, settle, false);
      const times: ScriptTime[] = [];
      const heaps: number[] = [];
      const pageHeaps: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const a = await load(withExtension.ctx, url, settle, true);
        times.push(a.time!);
        if (i >= HEAP_RUNS) continue;
        const b = await load(without, url, settle, false);
        heaps.push(a.heapKB - b.heapKB);
        pageHeaps.push(b.heapKB);
      }
      const ms = times.map((t) => t.extensionMs);
      rows.push(
        {
          group: 'content',
          name: `${script} script time on load (${page})`,
          value: median(ms),
          unit: 'ms',
          runs: RUNS,
          samples: ms,
          baseline: { name: "the page's own scripts", value: median(times.map((t) => t.pageMs)) },
          note: `${median(times.map((t) => t.calls))} calls into it`,
        },
        {
          group: 'content',
          name: `${script} JS heap added (${page})`,
          value: median(heaps),
          unit: 'KB',
          runs: HEAP_RUNS,
          samples: heaps,
          baseline: { name: "the page's own heap", value: median(pageHeaps) },
        },
      );
    }
    return rows;
  } finally {
    await bare.close();
  }
}
