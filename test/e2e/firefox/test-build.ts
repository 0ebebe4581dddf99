/**
 * The test build of dist/firefox: a temporary copy whose manifest lists the extension pages as web-accessible, the
 * only way a test can navigate Firefox to them. The shipped build (and dist/firefox itself) never carries that.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The manifest of a test build: the built one plus web-accessible pages, so tests can navigate to them. */
export function withTestAccess(manifest: Record<string, unknown>): Record<string, unknown> {
  const resources = ['panel/index.html', 'popup/index.html', 'options/index.html'];
  return { ...manifest, web_accessible_resources: [{ resources, matches: ['<all_urls>'] }] };
}

/** A copy of the built extension with the test manifest, in a temporary folder (the caller removes it). */
export function testCopy(extensionDir: string): string {
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`${extensionDir} has no manifest.json: run \`npm run build\` first.`);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'confnotes-firefox-ext-'));
  cpSync(extensionDir, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  writeFileSync(manifestPath, JSON.stringify(withTestAccess(manifest), null, 2));
  return dir;
}

/** The add-on id, which the UUID pref is keyed by. */
export function geckoId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8'));
  const id = manifest?.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string') throw new Error('dist/firefox/manifest.json has no browser_specific_settings.gecko.id');
  return id;
}
