/**
 * Each page links the theme (colours for light and dark, focus outlines) and then its own main.css, which esbuild
 * gathers from the CSS files its components import.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildIfMissing, readManifest, TARGETS, uiPages } from '../../support/bundle-sizes';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = process.env.CONFNOTES_DIST ? path.resolve(process.env.CONFNOTES_DIST) : path.join(ROOT, 'dist');

beforeAll(() => buildIfMissing(ROOT, DIST), 120_000);

describe.each(TARGETS)('page styles in dist/%s', (target) => {
  test('every page links the theme, then its own stylesheet; the theme has dark mode and focus outlines', () => {
    const pages = Object.values(uiPages(readManifest(DIST, target)));
    expect(pages.filter(Boolean)).toHaveLength(3);
    for (const page of pages) {
      const html = readFileSync(path.join(DIST, target, page), 'utf8');
      const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
      expect(sheets, `${page} links the theme, then main.css`).toEqual(['../theme.css', 'main.css']);
      for (const sheet of sheets) {
        const file = path.join(DIST, target, path.dirname(page), sheet);
        expect(existsSync(file), `${file} is built`).toBe(true);
      }
      expect(html, `${page} has no inline style`).not.toMatch(/\sstyle=|<style/);
    }
    const theme = readFileSync(path.join(DIST, target, 'theme.css'), 'utf8');
    expect(theme).toMatch(/@media\s*\(prefers-color-scheme:\s*dark\)/);
    expect(theme).toContain(':focus-visible');
  });
});
