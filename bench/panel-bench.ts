/**
 * The side panel page in real Chromium: from opening it to every section on screen (each section's window of notes
 * and its count, read in one go), for sessions of 100, 1,000 and 10,000 notes (seeded through importBackup into the
 * extension's database). The clock is the page's own:
 * performance.now() counts from the navigation's start, read in the first task after the frame that shows the
 * notes (a mutation observer installed before any page script). Baseline: the same panel opening a session with
 * no notes, interleaved. Target: 10,000 notes in at most 300 ms. A big session's sections go on screen in slices
 * (panel/reveal.ts), the list `aria-busy` until the last: the figure waits for that.
 */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../support/chromium';
import { benchCall } from './bench-page';
import { median, type Row } from './stats';

const SIZES = [100, 1_000, 10_000] as const;

interface Shown {
  inDom: number;
  painted: number;
  count: number;
}

/** Runs in the panel page before its scripts: notes the time the selector first matches, and the next paint. */
function watchFor(selector: string): void {
  const observer = new MutationObserver(() => {
    const found = document.querySelectorAll(selector);
    if (found.length === 0) return;
    observer.disconnect();
    const inDom = performance.now();
    requestAnimationFrame(() =>
      setTimeout(() => {
        (window as unknown as { benchShown: Shown }).benchShown = {
          inDom,
          painted: performance.now(),
          count: found.length,
        };
      }, 0),
    );
  });
  observer.observe(document, { childList: true, subtree: true });
}

export async function openPanel(
  browser: ExtensionBrowser,
  bench: Page,
  sessionId: string,
  selector: string,
): Promise<Shown> {
  await benchCall(bench, 'select', sessionId);
  const page = await browser.ctx.newPage();
  try {
    await page.addInitScript(watchFor, selector);
    await page.goto(`chrome-extension://${browser.extensionId}/panel/index.html`);
    const shown = await page.waitForFunction(
      () => (window as unknown as { benchShown?: Shown }).benchShown,
      undefined,
      { timeout: 30_000 },
    );
    return (await shown.jsonValue())!;
  } finally {
    await page.close();
  }
}

export async function benchPanel(browser: ExtensionBrowser, bench: Page): Promise<Row[]> {
  const ids = await benchCall(bench, 'seedExtension', [0, ...SIZES]);
  const rows: Row[] = [];
  for (const size of SIZES) {
    const runs = 5;
    const empty: number[] = [];
    const full: Shown[] = [];
    await openPanel(browser, bench, ids[size]!, 'main.sections:not([aria-busy]) li.note'); // warm-up: caches, first compile
    for (let i = 0; i < runs; i++) {
      empty.push((await openPanel(browser, bench, ids[0]!, 'main.sections:not([aria-busy]) section')).painted);
      full.push(await openPanel(browser, bench, ids[size]!, 'main.sections:not([aria-busy]) li.note'));
    }
    const value = median(full.map((s) => s.painted));
    rows.push({
      group: 'panel',
      name: `open to every section on screen, ${size.toLocaleString('en')} notes`,
      value,
      unit: 'ms',
      runs,
      samples: full.map((s) => s.painted),
      baseline: { name: 'same panel, session without notes', value: median(empty) },
      ...(size === 10_000 ? { target: { text: '≤300 ms', met: value <= 300 } } : {}),
      note: `${full[0]!.count.toLocaleString('en')} notes rendered; in the DOM at ${median(full.map((s) => s.inDom)).toFixed(0)} ms`,
    });
  }
  return rows;
}
