/** Set by scripts/build.mjs (esbuild `define`) to the browser a bundle is built for. */
declare const __BROWSER__: 'chrome' | 'firefox';
