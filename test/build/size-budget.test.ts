/**
 * Size budgets, measured on the built extension: CONFNOTES_DIST when set, else dist/ (built here when
 * missing; `npm test` builds first). Content scripts load on every YouTube and X page, so they stay tiny; the
 * pages carry Preact and must still open at once (the preview's marked and DOMPurify come later, in preview.js);
 * the zip is what users download.
 * The measuring is shared with `npm run bench` (support/bundle-sizes.ts).
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  BUDGET,
  buildIfMissing,
  contentScripts,
  gzipSize,
  kb,
  packageZips,
  pageScripts,
  readManifest,
  TARGETS,
  uiPages,
  type Target,
} from '../../support/bundle-sizes';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = process.env.CONFNOTES_DIST ? path.resolve(process.env.CONFNOTES_DIST) : path.join(ROOT, 'dist');

let zipDir = '';
let zips: ReturnType<typeof packageZips>;
beforeAll(() => {
  buildIfMissing(ROOT, DIST);
  zipDir = mkdtempSync(path.join(tmpdir(), 'confnotes-zips-'));
  zips = packageZips(ROOT, DIST, zipDir);
}, 120_000);
afterAll(() => {
  if (zipDir) rmSync(zipDir, { recursive: true, force: true });
});

describe.each(TARGETS)('size budgets of dist/%s', (target: Target) => {
  test('each content script is at most 10 KB minified', () => {
    const scripts = contentScripts(readManifest(DIST, target));
    expect(scripts.length, 'the manifest declares content scripts').toBeGreaterThan(0);
    for (const script of scripts) {
      const bytes = statSync(path.join(DIST, target, script)).size;
      expect(
        bytes,
        `${target}/${script} is ${kb(bytes)} minified; budget ${kb(BUDGET.contentScriptMinified)}`,
      ).toBeLessThanOrEqual(BUDGET.contentScriptMinified);
    }
  });

  test('the workspace, popup and options pages load at most 60 KB of gzipped JS each', () => {
    for (const [name, page] of Object.entries(uiPages(readManifest(DIST, target)))) {
      expect(page, `the manifest names the ${name} page`).toBeTruthy();
      const scripts = pageScripts(DIST, target, page);
      expect(scripts.length, `${page} loads a script`).toBeGreaterThan(0);
      const gzipped = scripts.reduce((sum, s) => sum + gzipSize(readFileSync(path.join(DIST, target, s))), 0);
      expect(
        gzipped,
        `${target} ${name} (${scripts.join(', ')}) is ${kb(gzipped)} gzipped; budget ${kb(BUDGET.pageScriptsGzipped)}`,
      ).toBeLessThanOrEqual(BUDGET.pageScriptsGzipped);
    }
  });

  test("the preview's renderer is its own script, which no page loads up front", () => {
    // The hook name is a string our renderer passes to DOMPurify: minifying keeps it, so it marks the renderer.
    const marker = 'afterSanitizeAttributes';
    expect(readFileSync(path.join(DIST, target, 'preview.js'), 'utf8')).toContain(marker);
    for (const page of Object.values(uiPages(readManifest(DIST, target)))) {
      for (const script of pageScripts(DIST, target, page)) {
        expect(script, `${page} loads preview.js only when a preview is shown`).not.toMatch(/preview\.js$/);
        const code = readFileSync(path.join(DIST, target, script), 'utf8');
        expect(code.includes(marker), `${target}/${script} carries the preview's renderer`).toBe(false);
      }
    }
  });

  test('the packaged zip is at most 330 KB', () => {
    const { file, bytes } = zips[target];
    expect(bytes, `${file} is ${kb(bytes)}; budget ${kb(BUDGET.zip)}`).toBeLessThanOrEqual(BUDGET.zip);
  });
});
