/**
 * Export in real Firefox, as test/e2e/export.e2e.test.ts does in Chromium: a session imported from a backup,
 * "Export Markdown" in the sidebar page downloads `<slug>.md` equal byte for byte to what the built CLI gives for
 * the backup this profile exports, with the default settings and after changing them on the options page; the
 * preview shows tweets as quotes and runs nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { sampleBackup } from '../../golden/sample-backup';
import { DIST } from '../../../support/chromium';
import { describeFirefox, FIREFOX_SLOW, launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox';
import { button, byLabel } from './page';

const CLI = path.join(DIST, 'cli', 'confnotes.mjs');

function cli(...args: string[]): string {
  const run = spawnSync(process.execPath, [CLI, 'export', ...args], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

describeFirefox('Export Markdown in the sidebar page', () => {
  let firefox: FirefoxWithExtension;
  let dir: string;
  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build first (node scripts/build.mjs)`);
    dir = mkdtempSync(path.join(tmpdir(), 'confnotes-firefox-export-'));
    firefox = await launchFirefoxWithExtension();
  }, FIREFOX_SLOW);
  afterAll(async () => {
    await firefox?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, FIREFOX_SLOW);

  const lastStatus = (page: Page) =>
    page.evaluate(
      () =>
        [...document.querySelectorAll('[role="status"]')]
          .map((s) => s.textContent ?? '')
          .filter(Boolean)
          .at(-1) ?? '',
    );

  async function openSampleSession(): Promise<Page> {
    const panel = await firefox.openPage('panel/index.html');
    const picker = await byLabel(panel, 'Session');
    await panel.waitForFunction(
      (el) => [...(el as HTMLSelectElement).options].some((o) => o.value === 'sample-session'),
      {},
      picker,
    );
    await picker.select('sample-session');
    await panel.waitForFunction(() =>
      [...document.querySelectorAll('h1, h2, h3')].some((h) =>
        h.textContent?.includes('Pager Fatigue Is a Design Bug'),
      ),
    );
    return panel;
  }

  test('downloads the same bytes as the CLI gives for the profile’s backup', async () => {
    const options = await firefox.openPage('options/index.html');
    const input = path.join(dir, 'sample.json');
    writeFileSync(input, sampleBackup());
    const file = (await byLabel(options, 'Import backup')) as ElementHandle<HTMLInputElement>;
    await file.uploadFile(input);
    await expect.poll(() => lastStatus(options)).toMatch(/^Imported /);
    const backup = path.join(dir, 'profile-backup.json');
    const exported = await firefox.download(async () => (await button(options, 'Export backup')).click());
    expect(exported.name).toMatch(/^confnotes-backup-\d{4}-\d{2}-\d{2}\.json$/);
    writeFileSync(backup, exported.text);

    const panel = await openSampleSession();
    const defaults = await firefox.download(async () => (await button(panel, 'Export Markdown')).click());
    expect(defaults.name).toBe('harbourops-day-2025.md');
    expect(defaults.text).toBe(cli(backup));
    expect(defaults.text).toContain('<blockquote class="twitter-tweet" data-lang="en">');

    // The open sidebar page picks up settings saved on the options page.
    for (const label of [
      'Markdown quote',
      'Named references, listed at the end',
      'Front matter (YAML header with title, date, tags)',
    ]) {
      await (await byLabel(options, label)).click();
    }
    const expected = cli(backup, '--tweets', 'quote', '--links', 'reference', '--no-front-matter');
    await expect
      .poll(async () => (await firefox.download(async () => (await button(panel, 'Export Markdown')).click())).text)
      .toBe(expected);
  });

  test('the preview renders the session with tweets as quotes and runs nothing', async () => {
    const panel = await openSampleSession();
    await (await button(panel, 'Show preview')).click();
    const preview = '[aria-label="Export preview"]';
    await panel.waitForFunction(
      (sel: string) =>
        [...document.querySelectorAll(`${sel} h1, ${sel} h2, ${sel} h3`)].some((h) =>
          h.textContent?.includes('Dashboards Nobody Reads'),
        ),
      {},
      preview,
    );
    expect(
      await panel.$$eval(`${preview} :is(blockquote.twitter-tweet, script, iframe)`, (found) => found.length),
    ).toBe(0);
    expect(await panel.$$eval(`${preview} blockquote`, (found) => found.length)).toBeGreaterThan(2);
    const hrefs = await panel.$$eval(`${preview} a`, (as) => as.map((a) => a.href));
    for (const href of hrefs) expect(href).toMatch(/^https:\/\//);
  });
});
