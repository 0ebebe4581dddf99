import { defineConfig } from 'vitest/config';

// Three projects: `unit` (pure core and components, in Node/jsdom; builds nothing, starts no process), `build`
// (size budgets, manifests, the CLI bundle and `web-ext lint`: the built extension and processes) and `e2e` (real Chromium and Firefox with the built extension).
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['{src,panel,popup,options}/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          // Tests of what the build made: bundles, the manifests, the CLI. They start processes (node, the
          // browsers' --version, web-ext), and a process start on two busy cores takes seconds, not milliseconds.
          include: ['test/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          // Says once, in one line, when Firefox is missing and its scenarios are skipped.
          globalSetup: ['test/e2e/firefox/global-setup.ts'],
          // No browser outlives its file (support/browser-lifetime.ts).
          setupFiles: ['test/e2e/browser-lifetime.setup.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
