/**
 * Export end to end in real Chromium with the built extension and the built CLI (both from one
 * `node scripts/build.mjs`): a session imported from a backup, "Export Markdown" in the panel page downloads
 * `<slug>.md` equal byte for byte to what `confnotes export` gives for the backup the same profile exports,
 * with the default settings and after changing them on the options page (the CLI given the matching flags).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sampleBackup } from '../golden/sample-backup';
import { DIST, launchWithExtension, type ExtensionBrowser } from '../../support/chromium';

const SLOW = 180_000;
const CLI = path.join(DIST, 'cli', 'confnotes.mjs');
let browser: ExtensionBrowser;
let dir: string;

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build first (node scripts/build.mjs)`);
  dir = await mkdtemp(path.join(tmpdir(), 'confnotes-export-e2e-'));
  browser = await launchWithExtension();
}, SLOW);
afterAll(async () => browser?.close({ removeProfile: true }));

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const event = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await event;
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

function cli(...args: string[]): string {
  const r = spawnSync(process.execPath, [CLI, 'export', ...args], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}

describe('Export Markdown in the panel', () => {
  test(
    "downloads the same bytes as the CLI gives for the profile's backup",
    async () => {
      const options = await browser.openPage('options/index.html');
      const input = path.join(dir, 'sample.json');
      await writeFile(input, sampleBackup());
      await options.getByLabel('Import backup').setInputFiles(input);
      await expect.poll(() => options.getByRole('status').last().textContent()).toMatch(/^Imported /);
      const backup = path.join(dir, 'profile-backup.json');
      await writeFile(backup, (await download(options, 'Export backup')).text);

      const panel = await browser.openPage('panel/index.html');
      const picker = panel.getByRole('combobox', { name: 'Session' });
      await picker.selectOption('sample-session');
      await panel.getByRole('heading', { name: 'Pager Fatigue Is a Design Bug' }).first().waitFor();
      const defaults = await download(panel, 'Export Markdown');
      expect(defaults.name).toBe('harbourops-day-2025.md');
      expect(defaults.text).toBe(cli(backup));
      expect(defaults.text).toContain('<blockquote class="twitter-tweet" data-lang="en">');

      // The options page's preview follows the choices; the open panel picks up the saved settings.
      await options.getByRole('radio', { name: 'Markdown quote' }).check();
      await options.getByRole('radio', { name: 'Named references, listed at the end' }).check();
      await options.getByRole('checkbox', { name: /Front matter/ }).uncheck();
      await options.getByRole('button', { name: 'Markdown', exact: true }).click();
      await expect
        .poll(() => options.getByLabel('Markdown', { exact: true }).textContent())
        .toMatch(/^# HarbourOps Day 2025\n/);
      await expect
        .poll(async () => (await download(panel, 'Export Markdown')).text)
        .toBe(cli(backup, '--tweets', 'quote', '--links', 'reference', '--no-front-matter'));
    },
    SLOW,
  );

  test(
    'the preview renders the session with tweets as quotes and runs nothing',
    async () => {
      const panel = await browser.openPage('panel/index.html');
      await panel.getByRole('combobox', { name: 'Session' }).selectOption('sample-session');
      await panel.getByRole('button', { name: 'Show preview' }).click();
      const preview = panel.getByRole('region', { name: 'Export preview' });
      await preview.getByRole('heading', { name: 'Dashboards Nobody Reads' }).waitFor();
      expect(await preview.locator('blockquote.twitter-tweet, script, iframe').count()).toBe(0);
      expect(await preview.locator('blockquote').count()).toBeGreaterThan(2);
      const hrefs = await preview.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const href of hrefs) expect(href).toMatch(/^https:\/\//);
    },
    SLOW,
  );
});
