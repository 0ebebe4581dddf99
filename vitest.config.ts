import { defineConfig } from 'vitest/config';

// Three projects: `unit` (pure core and components, in Node/jsdom; builds nothing), `build` (size budgets and
// `web-ext lint` on the built extension) and `e2e` (real Chromium and Firefox with the built extension).
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
          include: ['test/build/**/*.test.ts'],
          environment: 'node',
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
