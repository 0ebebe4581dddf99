// Builds dist/chrome and dist/firefox from the one source tree and manifest.json.
// Usage: node scripts/build.mjs [--dev]   (--dev: unminified, with inline source maps)
import * as esbuild from 'esbuild';
import { chmod, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { manifestFor } from './manifest.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dev = process.argv.includes('--dev');
const targets = ['chrome', 'firefox'];

/** Entry points: output name (without .js) -> source. Every bundle is an IIFE (see buildTarget). */
export const pageEntries = {
  background: 'src/background/main.ts',
  'panel/main': 'panel/main.tsx',
  'popup/main': 'popup/main.tsx',
  'options/main': 'options/main.tsx',
  // Export and import of backups run here, off the pages' thread (src/backup/worker-protocol.ts).
  'backup-worker': 'src/backup/worker.ts',
  // The export preview's renderer (marked, DOMPurify, the writeup renderer): a page adds this script only when it
  // shows a preview (src/ui/load-preview.ts), so the pages' own scripts stay small.
  preview: 'src/ui/preview-bundle.ts',
};
export const contentEntries = {
  'content/youtube': 'src/content/youtube/main.ts',
  'content/x': 'src/content/x/main.ts',
  'content/bluesky': 'src/content/bluesky/main.ts',
  // Registered at run time on each Mastodon instance the user enables (src/background/mastodon-instances.ts).
  'content/mastodon': 'src/content/mastodon/main.ts',
};
const staticFiles = ['panel/index.html', 'popup/index.html', 'options/index.html', 'icons'];

async function buildTarget(target) {
  // CONFNOTES_DIST puts the build elsewhere (e.g. one folder per developer's test run): default dist/.
  const out = path.join(
    process.env.CONFNOTES_DIST ? path.resolve(process.env.CONFNOTES_DIST) : path.join(root, 'dist'),
    target,
  );
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const common = {
    absWorkingDir: root,
    bundle: true,
    minify: !dev,
    sourcemap: dev ? 'inline' : false,
    target: ['chrome120', 'firefox128'],
    define: { 'process.env.NODE_ENV': dev ? '"development"' : '"production"', __BROWSER__: JSON.stringify(target) },
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
  };
  // Every bundle is a self-contained IIFE: no module loading at run time, the same file in both browsers. The one
  // script a page loads later (preview.js) is added as a classic <script>; ES modules with code splitting would do
  // it too, but would change how every page loads and split their code into shared chunks for one lazy part.
  const pages = await esbuild.build({ ...common, entryPoints: pageEntries, outdir: out, format: 'iife' });
  const content = await esbuild.build({ ...common, entryPoints: contentEntries, outdir: out, format: 'iife' });
  // Styles: the theme every page links (built once, not copied into each page), and beside each page's main.js a
  // main.css gathering the CSS files its components import.
  await esbuild.build({ ...common, entryPoints: { theme: 'src/ui/theme.css' }, outdir: out });
  for (const file of staticFiles) {
    await cp(path.join(root, file), path.join(out, file), { recursive: true });
  }
  const base = JSON.parse(await readFile(path.join(root, 'manifest.json'), 'utf8'));
  await writeFile(path.join(out, 'manifest.json'), JSON.stringify(manifestFor(base, target), null, 2) + '\n');
  return { pages: pages.metafile, content: content.metafile };
}

/** The `confnotes` CLI (package.json `bin`): one ESM file for Node with a shebang. yaml's Node build is CommonJS
 *  and requires Node built-ins, so the bundle gets a real `require`. */
export async function buildCli(
  outfile = path.join(
    process.env.CONFNOTES_DIST ? path.resolve(process.env.CONFNOTES_DIST) : path.join(root, 'dist'),
    'cli',
    'confnotes.mjs',
  ),
) {
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['src/cli/confnotes.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  await chmod(outfile, 0o755);
}

export async function build() {
  const results = {};
  for (const target of targets) results[target] = await buildTarget(target);
  await buildCli();
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await build();
  console.log(`built ${targets.join(' and ')} and the CLI into ${process.env.CONFNOTES_DIST ?? 'dist'}/`);
}
