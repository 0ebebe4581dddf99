// `npm run bench`: bundles the TypeScript benchmark (bench/main.ts) for Node with esbuild, then runs it.
// The bundle goes under node_modules/.cache so that its imports of installed packages (playwright-core, esbuild)
// resolve as from the project. Node 20 cannot run TypeScript itself, and no TS runner is a dependency.
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outfile = path.join(root, 'node_modules/.cache/confnotes-bench/main.mjs');

// Bundled modules would all see the bundle's folder as import.meta.dirname; give each its own source folder
// (the test helpers find their fixtures that way).
const ownDirname = {
  name: 'own-dirname',
  setup(build) {
    build.onLoad({ filter: /\.tsx?$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replaceAll(
        'import.meta.dirname',
        JSON.stringify(path.dirname(args.path)),
      ),
      loader: args.path.endsWith('x') ? 'tsx' : 'ts',
    }));
  },
};

await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['bench/main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  plugins: [ownDirname],
});
const { main } = await import(pathToFileURL(outfile).href);
process.exitCode = await main(process.argv.slice(2));
