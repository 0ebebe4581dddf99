/**
 * The Mastodon fixture instances in real Chromium, shared by the Mastodon tests. mastodon.social is the instance the
 * user enables; fosstodon.org one never enabled. The browser's permission prompt cannot be answered in automation,
 * so the extension under test is a copy whose manifest grants mastodon.social's host at install: the popup's
 * `permissions.request` for it is then answered yes without a prompt, as after the user's "Allow". Nothing else
 * changes: the content script still runs there only once the user enables the instance in the popup.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DIST_CHROME, launchWithExtension, serveFixtures, type ExtensionBrowser } from '../../support/chromium';
import { mastodonRoute } from '../../support/fixtures/mastodon/pages';
import { PIXEL } from '../../support/fixtures/x/pages';

export const INSTANCE = 'https://mastodon.social';
export const NOT_ENABLED = 'https://fosstodon.org';

export interface MastodonSite {
  b: ExtensionBrowser;
  panel: Page;
  close: () => Promise<void>;
}

function copyGranting(origin: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'confnotes-chrome-mastodon-'));
  cpSync(DIST_CHROME, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), `${origin}/*`];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return dir;
}

/** Launches the copy, serves both instances, and creates the session "FjordOps 2025" with `section` chosen. */
export async function openMastodonSite(section: string): Promise<MastodonSite> {
  const extensionDir = copyGranting(INSTANCE);
  const b = await launchWithExtension({ extensionDir });
  for (const origin of [INSTANCE, NOT_ENABLED]) await serveFixtures(b.ctx, origin, mastodonRoute);
  await b.ctx.route(/^https:\/\/(files\.)?mastodon\.social\/(emoji|avatars|media|cache)\//, (r) =>
    r.fulfill({ contentType: 'image/png', body: PIXEL }),
  );
  const panel = await b.openPage('panel/index.html');
  const form = panel.getByRole('form', { name: 'New session' });
  await form.getByLabel('Title').fill('FjordOps 2025');
  await form.getByRole('button', { name: 'Create session' }).click();
  await panel.getByRole('button', { name: 'New section' }).click();
  await panel.getByLabel('Section title').fill(section);
  await panel.getByRole('button', { name: 'Add section' }).click();
  await panel.getByRole('region', { name: section }).waitFor();
  return {
    b,
    panel,
    close: async () => {
      await b.close({ removeProfile: true });
      rmSync(extensionDir, { recursive: true, force: true });
    },
  };
}

/** Enables the instance the way a user does: the popup, opened while the instance's page is the one in use. */
export async function enableFromPopup(site: MastodonSite, instancePage: Page): Promise<Page> {
  await instancePage.bringToFront();
  const popup = await site.b.openPage('popup/index.html');
  await popup.getByRole('button', { name: 'Enable clipping on mastodon.social' }).click();
  await popup.getByText('Clipping enabled on mastodon.social', { exact: false }).waitFor();
  return popup;
}

/** The parts of Chrome's extension API these tests read in the service worker. */
interface ChromeApi {
  scripting: { getRegisteredContentScripts: () => Promise<{ id: string; matches?: string[] }[]> };
}

/** Our content scripts registered at run time, as the browser keeps them. */
export function registeredScripts(b: ExtensionBrowser): Promise<{ id: string; matches?: string[] }[]> {
  return b.sw.evaluate(() =>
    (globalThis as unknown as { chrome: ChromeApi }).chrome.scripting.getRegisteredContentScripts(),
  );
}
