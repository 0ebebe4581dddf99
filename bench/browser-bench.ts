/**
 * Everything measured in real Chromium, in one browser with the bench copy of the extension (see
 * bench-extension.ts): store, panel, capture and content scripts. The content-script figures also use a second
 * browser without the extension, as their baseline.
 */
import { launchWithExtension } from '../test/e2e/chromium';
import { BENCH_PAGE, makeBenchExtension } from './bench-extension';
import { benchCall } from './bench-page';
import { benchCapture, serveSites } from './capture-bench';
import { benchContentScripts } from './content-bench';
import { benchPanel } from './panel-bench';
import { benchStore } from './store-bench';
import type { Row } from './stats';

export const GROUPS = ['store', 'panel', 'capture', 'content'] as const;
export type BrowserGroup = (typeof GROUPS)[number];

export async function benchBrowser(options: { dist: string; temp: string; groups: BrowserGroup[] }): Promise<{ rows: Row[]; chromium: string }> {
  const extensionDir = await makeBenchExtension(options.dist, options.temp);
  const browser = await launchWithExtension({ extensionDir });
  const rows: Row[] = [];
  try {
    const page = await browser.openPage(BENCH_PAGE);
    await page.waitForFunction(() => document.title === 'Confnotes bench: ready');
    if (options.groups.includes('store')) rows.push(...(await benchStore(page)));
    if (options.groups.includes('panel')) rows.push(...(await benchPanel(browser, page)));
    await serveSites(browser.ctx);
    // Captures go into a session of 1,000 notes, as in the middle of a conference day.
    if (options.groups.includes('capture')) rows.push(...(await benchCapture(browser, page, await benchCall(page, 'seedExtension', [1_000]).then((ids) => ids[1_000]!))));
    if (options.groups.includes('content')) rows.push(...(await benchContentScripts(browser)));
    return { rows, chromium: browser.ctx.browser()?.version() ?? '' };
  } finally {
    await browser.close({ removeProfile: true });
  }
}
