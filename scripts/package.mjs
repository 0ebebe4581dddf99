// `npm run package`: store-ready zips of the built dist/chrome and dist/firefox, made by `web-ext build` (the
// packer addons.mozilla.org expects; the Chrome Web Store takes the same zip layout), and the source archive AMO
// asks for, into web-ext-artifacts/.
// Usage: node scripts/package.mjs [--out <dir>] (after scripts/build.mjs; honours CONFNOTES_DIST like the build).
import { cmd } from 'web-ext';
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
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
    const { extensionPath } = await cmd.build(
      {
        sourceDir: path.join(distDir, target),
        artifactsDir,
        overwriteDest: true,
        filename: `confnotes-{version}-${target}.zip`,
      },
      { showReadyMessage: false },
    );
    zips[target] = { file: extensionPath, bytes: statSync(extensionPath).size };
  }
  return zips;
}

/**
 * addons.mozilla.org reviews the source of bundled, minified code: the committed tree (HEAD) as
 * confnotes-<version>-source.zip, to upload beside the Firefox zip (it builds with `npm ci && npm run build`).
 * Null outside a git checkout.
 */
export function packageSource(artifactsDir) {
  const { version } = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8'));
  const file = path.join(artifactsDir, `confnotes-${version}-source.zip`);
  const git = spawnSync('git', ['archive', '--format=zip', '-o', file, 'HEAD'], { cwd: root, stdio: 'pipe' });
  return git.status === 0 ? { file, bytes: statSync(file).size } : null;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.env.CONFNOTES_DIST ? path.resolve(process.env.CONFNOTES_DIST) : path.join(root, 'dist');
  const out = process.argv.includes('--out') ? path.resolve(process.argv[process.argv.indexOf('--out') + 1]) : null;
  const artifacts = out ?? path.join(root, 'web-ext-artifacts');
  const zips = await packageExtension(dist, artifacts);
  // The source archive is for a release (`npm run package`), not for the size checks that pass --out.
  const source = out ? null : packageSource(artifacts);
  for (const { file, bytes } of [...Object.values(zips), ...(source ? [source] : [])]) {
    console.log(`${path.relative(root, file)}  ${(bytes / 1024).toFixed(1)} KB`);
  }
  if (!out && spawnSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).stdout.trim()) {
    console.log('note: the working tree has uncommitted changes; the source zip holds the last commit only.');
  }
}
