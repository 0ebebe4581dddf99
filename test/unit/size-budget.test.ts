/**
 * Size budgets (issue 6), measured on the built extension: CONFNOTES_DIST when set, else dist/ (built here when
 * missing; `npm test` builds first). Content scripts load on every YouTube and X page, so they stay tiny; the
 * pages carry Preact, marked and DOMPurify and must still open at once; the zip is what users download.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = process.env.CONFNOTES_DIST ? path.resolve(process.env.CONFNOTES_DIST) : path.join(ROOT, 'dist');
const KB = 1024;
const BUDGET = { contentScriptMinified: 10 * KB, pageScriptsGzipped: 60 * KB, zip: 250 * KB };
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

interface Manifest {
  content_scripts?: { js?: string[] }[];
  action?: { default_popup?: string };
  side_panel?: { default_path?: string };
  sidebar_action?: { default_panel?: string };
}

function readManifest(target: string): Manifest {
  return JSON.parse(readFileSync(path.join(DIST, target, 'manifest.json'), 'utf8')) as Manifest;
}

/** The scripts an extension page loads, from its HTML: a page split into chunks is measured whole. */
function pageScripts(target: string, page: string): string[] {
  const html = readFileSync(path.join(DIST, target, page), 'utf8');
  const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
  return sources.map((src) => path.join(path.dirname(page), src));
}

let zipDir = '';
beforeAll(() => {
  if (!existsSync(path.join(DIST, 'chrome', 'manifest.json')) || !existsSync(path.join(DIST, 'firefox', 'manifest.json'))) {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'pipe' });
  }
  zipDir = mkdtempSync(path.join(tmpdir(), 'confnotes-zips-'));
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/package.mjs'), '--out', zipDir], { cwd: ROOT, stdio: 'pipe' });
}, 120_000);
afterAll(() => { if (zipDir) rmSync(zipDir, { recursive: true, force: true }); });

describe.each(['chrome', 'firefox'])('size budgets of dist/%s', (target) => {
  test('each content script is at most 10 KB minified', () => {
    const scripts = [...new Set(readManifest(target).content_scripts?.flatMap((c) => c.js ?? []) ?? [])];
    expect(scripts.length, 'the manifest declares content scripts').toBeGreaterThan(0);
    for (const script of scripts) {
      const bytes = statSync(path.join(DIST, target, script)).size;
      expect(bytes, `${target}/${script} is ${kb(bytes)} minified; budget ${kb(BUDGET.contentScriptMinified)}`)
        .toBeLessThanOrEqual(BUDGET.contentScriptMinified);
    }
  });

  test('the workspace and popup pages load at most 60 KB of gzipped JS each', () => {
    const manifest = readManifest(target);
    const workspace = manifest.side_panel?.default_path ?? manifest.sidebar_action?.default_panel;
    const pages = { workspace, popup: manifest.action?.default_popup };
    for (const [name, page] of Object.entries(pages)) {
      expect(page, `the manifest names the ${name} page`).toBeTruthy();
      const scripts = pageScripts(target, page!);
      expect(scripts.length, `${page} loads a script`).toBeGreaterThan(0);
      const gzipped = scripts.reduce((sum, s) => sum + gzipSync(readFileSync(path.join(DIST, target, s)), { level: 9 }).length, 0);
      expect(gzipped, `${target} ${name} (${scripts.join(', ')}) is ${kb(gzipped)} gzipped; budget ${kb(BUDGET.pageScriptsGzipped)}`)
        .toBeLessThanOrEqual(BUDGET.pageScriptsGzipped);
    }
  });

  test('the packaged zip is at most 250 KB', () => {
    const zip = readdirSync(zipDir).find((f) => f.endsWith(`-${target}.zip`));
    expect(zip, `scripts/package.mjs made the ${target} zip`).toBeTruthy();
    const bytes = statSync(path.join(zipDir, zip!)).size;
    expect(bytes, `${zip} is ${kb(bytes)}; budget ${kb(BUDGET.zip)}`).toBeLessThanOrEqual(BUDGET.zip);
  });
});
