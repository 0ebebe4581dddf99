// `npm run package`: store-ready zips of the built dist/chrome and dist/firefox, made by `web-ext build` (the
// packer addons.mozilla.org expects; the Chrome Web Store takes the same zip layout), into web-ext-artifacts/.
// Usage: node scripts/package.mjs [--out <dir>] (after scripts/build.mjs; honours CONFNOTES_DIST like the build).
import { cmd } from 'web-ext';
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const targets = ['chrome', 'firefox'];

/**
 * Zips `<distDir>/<target>` for each target into `artifactsDir`, as confnotes-<version>-<target>.zip: the two
 * stores' uploads must never be mistaken for each other. Returns target -> { file, bytes }.
 */
export async function packageExtension(distDir, artifactsDir) {
  const zips = {};
  for (const target of targets) {
    const { extensionPath } = await cmd.build({
      sourceDir: path.join(distDir, target), artifactsDir, overwriteDest: true,
      filename: `confnotes-{version}-${target}.zip`,
    }, { showReadyMessage: false });
    zips[target] = { file: extensionPath, bytes: statSync(extensionPath).size };
  }
  return zips;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.env.CONFNOTES_DIST ? path.resolve(process.env.CONFNOTES_DIST) : path.join(root, 'dist');
  const out = process.argv.includes('--out') ? path.resolve(process.argv[process.argv.indexOf('--out') + 1]) : null;
  const zips = await packageExtension(dist, out ?? path.join(root, 'web-ext-artifacts'));
  for (const { file, bytes } of Object.values(zips)) {
    console.log(`${path.relative(root, file)}  ${(bytes / 1024).toFixed(1)} KB`);
  }
}
