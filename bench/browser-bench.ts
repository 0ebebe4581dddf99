/**
 * Everything measured in real Chromium, in one browser with the bench copy of the extension (see
 * bench-extension.ts): store, panel, capture, content scripts and backups. The content scripts' heap also uses a second
 * browser without the extension, as its baseline.
 */
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { findChromium, launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { BENCH_PAGE, makeBenchExtension } from './bench-extension';
import { benchCall } from './bench-page';
import { benchBackup } from './backup-bench';
import { benchCapture, serveSites, SESSION_SIZES } from './capture-bench';
import { benchContentScripts } from './content-bench';
import { benchPanel } from './panel-bench';
import { benchStore } from './store-bench';
import { benchSnapshots } from './snapshot-bench';
import { benchSearch } from './search-bench';
import type { Row } from './stats';

export const GROUPS = ['store', 'panel', 'capture', 'content', 'backup', 'snapshot', 'search'] as const;
export type BrowserGroup = (typeof GROUPS)[number];

const RUN: Record<BrowserGroup, (browser: ExtensionBrowser, page: Page, temp: string) => Promise<Row[]>> = {
  store: (_, page) => benchStore(page),
  panel: benchPanel,
  capture: async (browser, page) =>
    benchCapture(browser, page, await benchCall(page, 'seedExtension', [...SESSION_SIZES])),
  content: (browser) => benchContentScripts(browser),
  backup: benchBackup,
  snapshot: benchSnapshots,
  // Last: it empties the database the other groups seeded.
  search: benchSearch,
};

export interface BrowserBench {
  /** The Chromium version, as `chromium --version` says. */
  chromium: string;
  run: (group: BrowserGroup) => Promise<Row[]>;
  close: () => Promise<void>;
}

export async function openBrowserBench(dist: string, temp: string): Promise<BrowserBench> {
  const extensionDir = await makeBenchExtension(dist, temp);
  const browser = await launchWithExtension({ extensionDir });
  try {
    await serveSites(browser.ctx);
    const page = await browser.openPage(BENCH_PAGE);
    await page.waitForFunction(() => document.title === 'Confnotes bench: ready');
    // The user agent says only the major version; the binary says all of it.
    const chromium = execFileSync(findChromium()!, ['--version'], { encoding: 'utf8' }).trim();
    return {
      chromium,
      run: (group) => RUN[group](browser, page, temp),
      close: () => browser.close({ removeProfile: true }),
    };
  } catch (error) {
    await browser.close({ removeProfile: true });
    throw error;
  }
}
