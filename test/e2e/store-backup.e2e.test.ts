/**
 * The store and backups in real Chromium, inside an extension page under the default MV3 content security policy:
 * notes survive a browser restart on the same profile, a backup round trip is byte-identical, and a broken file
 * is refused by the pre-compiled validator (ajv's run-time compiler would be blocked here by the CSP).
 */
import * as esbuild from 'esbuild';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_CHROME, ROOT, launchWithExtension, newProfileDir } from '../../support/chromium';

type Probe = {
  evalBlocked: () => boolean;
  violations: () => string[];
  persist: () => Promise<boolean>;
  write: (title: string, text: string) => Promise<string>;
  notes: (id: string) => Promise<string[]>;
  exportFrom: (name: string) => Promise<string>;
  importInto: (name: string, text: string) => Promise<{ summary?: unknown; problems?: string[]; error?: string }>;
};
declare const confnotesProbe: Probe;

let extensionDir: string;

beforeAll(async () => {
  if (!existsSync(path.join(DIST_CHROME, 'manifest.json')))
    throw new Error(`Build first: no extension at ${DIST_CHROME}`);
  extensionDir = mkdtempSync(path.join(tmpdir(), 'confnotes-store-ext-'));
  cpSync(DIST_CHROME, extensionDir, { recursive: true });
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ['test/e2e/store-probe/probe.ts'],
    bundle: true,
    format: 'iife',
    outfile: path.join(extensionDir, 'store-probe/probe.js'),
    target: ['chrome120'],
    logLevel: 'warning',
  });
  writeFileSync(
    path.join(extensionDir, 'store-probe/index.html'),
    '<!doctype html><meta charset="utf-8"><title>store probe</title><script src="probe.js"></script>\n',
  );
});

afterAll(() => {
  if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
});

async function openProbe(browser: Awaited<ReturnType<typeof launchWithExtension>>): Promise<Page> {
  const page = await browser.openPage('store-probe/index.html');
  await page.waitForFunction(() => 'confnotesProbe' in globalThis);
  return page;
}

/** CSP violations other than the probe's own deliberate `new Function` at load. */
async function otherViolations(page: Page): Promise<string[]> {
  return (await page.evaluate(() => confnotesProbe.violations())).filter((v) => v !== 'script-src eval');
}

describe('store and backup in a real extension page', () => {
  it('keeps notes across a browser restart on the same profile', async () => {
    const profileDir = newProfileDir();
    const first = await launchWithExtension({ profileDir, extensionDir });
    let page = await openProbe(first);
    expect(typeof (await page.evaluate(() => confnotesProbe.persist()))).toBe('boolean');
    const sessionId = await page.evaluate(() => confnotesProbe.write('Restart test', 'still here after restart'));
    await first.close();

    const second = await launchWithExtension({ profileDir, extensionDir });
    page = await openProbe(second);
    expect(await page.evaluate((id) => confnotesProbe.notes(id), sessionId)).toEqual(['text', 'post']);
    expect(await otherViolations(page)).toEqual([]);
    await second.close({ removeProfile: true });
  });

  it('round-trips a backup byte for byte and refuses a broken one, under the page CSP', async () => {
    const browser = await launchWithExtension({ extensionDir });
    const page = await openProbe(browser);
    expect(await page.evaluate(() => confnotesProbe.evalBlocked())).toBe(true);
    await page.evaluate(() => confnotesProbe.write('Round trip', 'a note with <b>markup</b> & "quotes"'));
    const exported = await page.evaluate(() => confnotesProbe.exportFrom('confnotes'));
    const imported = await page.evaluate((text) => confnotesProbe.importInto('fresh-profile', text), exported);
    expect(imported).toEqual({ summary: { sessions: 1, sections: 1, notes: 2, replaced: 0 } });
    expect(await page.evaluate(() => confnotesProbe.exportFrom('fresh-profile'))).toBe(exported);

    const broken = exported.replace('"kind": "text"', '"kind": "video"');
    const refused = await page.evaluate((text) => confnotesProbe.importInto('empty-profile', text), broken);
    expect(refused.problems).toEqual(['sessions[0].notes[0].kind: must be one of text, quote, post, page, heading']);
    expect(JSON.parse(await page.evaluate(() => confnotesProbe.exportFrom('empty-profile'))).sessions).toEqual([]);
    expect(await otherViolations(page)).toEqual([]);
    await browser.close({ removeProfile: true });
  });
});
