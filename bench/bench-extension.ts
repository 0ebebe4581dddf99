/**
 * A bench-only copy of the built extension: dist/chrome plus bench/index.html and its script, so that the store
 * code runs in an extension page over the extension's own IndexedDB, and the fixture Mastodon instance's host
 * granted at install (the popup's request to enable it is then answered without a prompt, which automation cannot
 * answer). Made in the bench's temporary folder; dist/ never carries bench code.
 */
import * as esbuild from 'esbuild';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
export const BENCH_PAGE = 'bench/index.html';
/** The fixture Mastodon instance the capture bench enables. */
export const MASTODON_INSTANCE = 'https://mastodon.social';

export async function makeBenchExtension(dist: string, temp: string): Promise<string> {
  const dir = path.join(temp, 'chrome-bench');
  cpSync(path.join(dist, 'chrome'), dir, { recursive: true });
  cpSync(path.join(ROOT, 'bench/page/index.html'), path.join(dir, BENCH_PAGE));
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions.push(`${MASTODON_INSTANCE}/*`);
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  // Built like the extension's own pages (minified IIFE), so the store code runs as it does in dist/.
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ['bench/page/entry.ts'],
    outfile: path.join(dir, 'bench/page.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['chrome120'],
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"', __BROWSER__: '"chrome"' },
  });
  return dir;
}
