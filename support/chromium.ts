/**
 * Real Chromium with the built extension (dist/chrome), driven by playwright-core.
 * Debian's binary, a fresh profile per test, no network (CONTRIBUTING.md says how the suites run).
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pidByProfile, track } from './browser-lifetime';

export const ROOT = path.resolve(import.meta.dirname, '..');
/** The built extension: CONFNOTES_DIST/chrome when set (as for the build), else dist/chrome. */
export const DIST = process.env.CONFNOTES_DIST ? path.resolve(process.env.CONFNOTES_DIST) : path.join(ROOT, 'dist');
export const DIST_CHROME = path.join(DIST, 'chrome');

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];

/** The Chromium binary, or null: the caller says in one line how to install it. */
export function findChromium(): string | null {
  return CANDIDATES.find((p): p is string => !!p && existsSync(p)) ?? null;
}

export const CHROMIUM_MISSING =
  'Chromium not found: install it with `apt-get install -y chromium` or set CHROMIUM_PATH.';

export interface ExtensionBrowser {
  ctx: BrowserContext;
  sw: Worker;
  extensionId: string;
  profileDir: string;
  /** Opens an extension page (e.g. 'panel/index.html') in a new tab. */
  openPage: (page: string) => Promise<Page>;
  /** Closes the browser; the profile stays unless `removeProfile` is set. */
  close: (options?: { removeProfile?: boolean }) => Promise<void>;
}

export function newProfileDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'confnotes-profile-'));
}

/** Chromium's switches for every headless run here: no network chatter, no GPU, media that plays unprompted. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
];

export async function launchWithExtension(
  options: { profileDir?: string; extensionDir?: string; args?: string[] } = {},
): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_MISSING);
  const profileDir = options.profileDir ?? newProfileDir();
  const extensionDir = options.extensionDir ?? DIST_CHROME;
  const ctx = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...CHROMIUM_FLAGS,
      ...(options.args ?? []),
    ],
  });
  const closeBrowser = track({ close: () => ctx.close(), pid: () => pidByProfile(profileDir) });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;
  return {
    ctx,
    sw,
    extensionId,
    profileDir,
    async openPage(page) {
      const tab = await ctx.newPage();
      await tab.goto(`chrome-extension://${extensionId}/${page}`);
      return tab;
    },
    async close({ removeProfile = false } = {}) {
      await closeBrowser();
      if (removeProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Serves fixture HTML for a site's URLs without the network (route interception). */
export async function serveFixtures(
  ctx: BrowserContext,
  origin: string,
  pages: (url: URL) => { body: string | Buffer; contentType?: string } | null,
): Promise<void> {
  await ctx.route(`${origin}/**`, async (route) => {
    const found = pages(new URL(route.request().url()));
    if (!found) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not in fixtures' });
    return route.fulfill({
      status: 200,
      contentType: found.contentType ?? 'text/html; charset=utf-8',
      body: found.body,
    });
  });
}
