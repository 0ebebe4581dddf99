/**
 * The built manifests ask for what the notes need and claim only what is tested: unlimitedStorage (notes are not
 * evicted under disk pressure), extension pages that load images only from the extension itself (a preview
 * cannot fetch remote images), and minimum versions that are the browsers the end-to-end suite runs on.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { TESTED_BROWSERS } from '../../scripts/manifest.mjs';
import { buildIfMissing, readManifest } from '../../support/bundle-sizes';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = process.env.CONFNOTES_DIST ? path.resolve(process.env.CONFNOTES_DIST) : path.join(ROOT, 'dist');

type Built = {
  permissions: string[];
  content_security_policy?: { extension_pages?: string };
  minimum_chrome_version?: string;
  browser_specific_settings?: { gecko?: { strict_min_version?: string } };
};
const manifest = (target: string) => {
  buildIfMissing(ROOT, DIST);
  return readManifest(DIST, target) as unknown as Built;
};

function installedMajor(binary: string | undefined): number | null {
  if (!binary || !existsSync(binary)) return null;
  const version = /(\d+)\.\d+/.exec(execFileSync(binary, ['--version'], { encoding: 'utf8' }));
  return version ? Number(version[1]) : null;
}

describe.each(['chrome', 'firefox'])('dist/%s/manifest.json', (target) => {
  test('asks for unlimitedStorage, and extension pages load images only from the extension (blob: for snapshots read from its database)', () => {
    const m = manifest(target);
    expect(m.permissions).toContain('unlimitedStorage');
    const csp = m.content_security_policy?.extension_pages ?? '';
    expect(csp.split(';').map((d) => d.trim())).toEqual(
      expect.arrayContaining(["script-src 'self'", "img-src 'self' data: blob:"]),
    );
  });
});

test('the minimum versions are the tested browsers, and those browsers meet them', () => {
  expect(manifest('chrome').minimum_chrome_version).toBe(TESTED_BROWSERS.chrome);
  expect(manifest('firefox').browser_specific_settings?.gecko?.strict_min_version).toBe(TESTED_BROWSERS.firefox);
  const chromium = installedMajor(process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium');
  const firefox = installedMajor(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr');
  if (chromium !== null) expect(chromium).toBeGreaterThanOrEqual(Number(TESTED_BROWSERS.chrome));
  if (firefox !== null) expect(firefox).toBeGreaterThanOrEqual(Number.parseFloat(TESTED_BROWSERS.firefox));
});
