/**
 * Real Firefox ESR with the built extension (dist/firefox), driven by puppeteer-core over WebDriver BiDi.
 * What differs from Chromium and why:
 * - Firefox refuses `goto('moz-extension://…')`; a web page may navigate there only if the page is a
 *   web-accessible resource. So each launch installs a copy of dist/firefox whose manifest lists the pages as
 *   web-accessible (`withTestAccess`); the shipped build never carries that.
 * - The extension's UUID (its origin) is fixed by a pref, so tests know the pages' URLs before install.
 * - No port mapping: every request goes through ./fixture-server.ts's proxy to its HTTPS server, on free ports.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe } from 'vitest';
import { track } from '../../../support/browser-lifetime';
import { DIST } from '../../../support/chromium';
import { downloadPrefs, nextDownload } from './downloads';
import { findFirefox, FIREFOX_MISSING } from './find-firefox';
import { geckoId, testCopy } from './test-build';
import { LAUNCH_ORIGIN, startFixtureServer, type FixturePages, type FixtureServer } from './fixture-server';

export { findFirefox, FIREFOX_MISSING };
export const DIST_FIREFOX = path.join(DIST, 'firefox');
/** Any fixed v4 UUID: the extension's pages live at moz-extension://<it>/. */
export const EXTENSION_UUID = '5c0a7e3e-6f0b-4d2a-9c1e-c0f7a0b7e5d1';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** A fresh profile folder, for tests that relaunch Firefox on the same profile (`userDataDir`). */
export function newFirefoxProfile(): string {
  return mkdtempSync(path.join(tmpdir(), 'confnotes-firefox-profile-'));
}

/**
 * `describe` for Firefox scenarios: skipped when Firefox is missing, which ./global-setup.ts says once per run
 * in one line with how to get it. Skipped, not failed, so a developer without Firefox still gets the rest of
 * `npm test`; CI installs it.
 */
export function describeFirefox(name: string, body: () => void): void {
  describe.skipIf(!findFirefox())(`Firefox: ${name}`, { timeout: FIREFOX_SLOW }, body);
}

/**
 * Time for a test or hook that starts or stops Firefox: about 4 s on an idle 2-core machine, but measured at
 * 10 to 25 s while other test runs share it. Pass it to beforeAll/afterAll; describeFirefox gives it to tests.
 */
export const FIREFOX_SLOW = 180_000;

export interface FirefoxWithExtension {
  browser: Browser;
  extensionId: string;
  /** Serves `origin` (e.g. 'https://www.youtube.com') from fixture pages: the same function Chromium tests use. */
  serveFixtures: (origin: string, pages: FixturePages) => void;
  /** Opens a web page (served by the fixtures) in a new tab. */
  openSite: (url: string) => Promise<Page>;
  /**
   * Opens an extension page (e.g. 'panel/index.html') in a new tab, ready for the DOM. Like a user who was on a
   * site and then opened the panel: the site tab last opened or activated here is active again just before.
   */
  openPage: (page: string) => Promise<Page>;
  /** Brings a tab to the front (the background sees tabs.onActivated), as clicking it would. */
  activate: (page: Page) => Promise<void>;
  /** Runs `action` (e.g. a click) and returns the file it made Firefox download. */
  download: (action: () => Promise<unknown>) => Promise<{ name: string; text: string }>;
  close: () => Promise<void>;
}

export async function launchFirefoxWithExtension(
  options: {
    extensionDir?: string;
    userDataDir?: string;
    /** More Firefox prefs for this launch (e.g. keeping the background page alive through a long test). */
    prefs?: Record<string, unknown>;
  } = {},
): Promise<FirefoxWithExtension> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(FIREFOX_MISSING);
  const source = options.extensionDir ?? DIST_FIREFOX;
  const extensionDir = testCopy(source);
  const downloadsDir = mkdtempSync(path.join(tmpdir(), 'confnotes-firefox-downloads-'));
  const removeFolders = () =>
    [extensionDir, downloadsDir].forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  let server: FixtureServer | undefined;
  let launched: Browser | undefined;
  let closeBrowser: (() => Promise<void>) | undefined;
  let extensionId: string;
  try {
    server = await startFixtureServer();
    launched = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      acceptInsecureCerts: true,
      ...(options.userDataDir ? { userDataDir: options.userDataDir } : {}),
      extraPrefsFirefox: {
        // Every request goes to the fixture proxy; should anything bypass it, names still resolve to this machine.
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': server.proxyPort,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': server.proxyPort,
        'network.proxy.no_proxies_on': '',
        'network.dns.forceResolve': '127.0.0.1',
        'network.stricttransportsecurity.preloadlist': false,
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId(source)]: EXTENSION_UUID }),
        // A test add-on is removed when Firefox quits; keeping its origin and data lets a test relaunch on the
        // same profile and find the notes, as a user's installed add-on would.
        'extensions.webextensions.keepStorageOnUninstall': true,
        'extensions.webextensions.keepUuidOnUninstall': true,
        // Nothing may dial out: the machines have no internet, and a test must not depend on it.
        'network.captive-portal-service.enabled': false,
        'browser.safebrowsing.update.enabled': false,
        'media.autoplay.default': 0,
        'media.autoplay.blocking_policy': 0,
        ...downloadPrefs(downloadsDir),
        ...options.prefs,
      },
    });
    const started = launched;
    closeBrowser = track({ close: () => started.close(), pid: () => started.process()?.pid });
    extensionId = await launched.installExtension(extensionDir);
  } catch (error) {
    // Leave nothing behind when Firefox does not start: no browser, no ports, no temporary folders.
    await closeBrowser?.();
    await server?.close();
    removeFolders();
    throw error;
  }
  const browser = launched;
  const fixtures = server;

  let lastSite: Page | null = null;
  async function activate(page: Page): Promise<void> {
    await page.bringToFront();
    if (!(await page.evaluate(() => location.protocol === 'moz-extension:'))) lastSite = page;
  }
  async function openSite(url: string): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(url);
    lastSite = page;
    return page;
  }
  return {
    browser,
    extensionId,
    openSite,
    activate,
    serveFixtures: (origin, pages) => fixtures.serve(origin, pages),
    async openPage(page) {
      const siteBefore = lastSite;
      const tab = await browser.newPage();
      await tab.goto(`${LAUNCH_ORIGIN}/`);
      const target = `${EXTENSION_ORIGIN}/${page}`;
      await tab.evaluate((href) => {
        location.href = href;
      }, target);
      // waitForNavigation does not see this cross-origin hop in Firefox; polling the page does.
      await tab.waitForFunction((href) => location.href === href && document.readyState === 'complete', {}, target);
      // The launch tab was a web page for a moment, so the background took it as the context tab (and then lost
      // it to the extension page): give the context back to the site the user was on, then show the page.
      if (siteBefore && !siteBefore.isClosed()) {
        await siteBefore.bringToFront();
        await tab.bringToFront();
      }
      return tab;
    },
    download: (action) => nextDownload(downloadsDir, action),
    async close() {
      await closeBrowser();
      await fixtures.close(); // ends its tunnels first: it cannot wait on Firefox (fixture-server.ts)
      removeFolders();
    },
  };
}
