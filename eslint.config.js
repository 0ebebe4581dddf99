// ESLint: typescript-eslint's type-checked recommended rules, plus the import boundaries between the layers
// (docs/architecture.md). Run by `npm run lint` and `npm test`; warnings fail the run (--max-warnings 0).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const pages = ['**/panel/**', '**/popup/**', '**/options/**'];
const browserApis = {
  group: ['webextension-polyfill', '**/platform/**', '**/messaging'],
  message: 'Pure core: no browser APIs; take what you need as an argument.',
};
const protocol = {
  group: ['**/messages'],
  message: 'Pure core: the message protocol imports domain types, never the reverse.',
};
const store = {
  group: ['**/store/**', 'idb'],
  message: 'Pure core: no store; take plain data as an argument (domain types live in src/model/).',
};
const shells = {
  group: ['**/background/**', '**/content/**', '**/ui/**', ...pages, 'preact', 'preact/*'],
  message: 'Pure core imports no shell (background, content scripts, pages, UI).',
};

/** One `no-restricted-imports` per layer: a later block for the same files would replace, not add to, the list. */
const boundary = (files, patterns, extra = {}) => ({
  files,
  ignores: ['**/*.test.ts', '**/*.test.tsx', '**/test-support.ts', '**/test-fixtures.ts'],
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns, ...extra }] },
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'web-ext-artifacts/**',
      'test-results/**',
      '.profiles/**',
      'test/fixtures/**',
      'support/fixtures/**',
      'src/backup/schema-validator.generated.*',
      'src/backup/record-validator.generated.*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Members as properties (`save: (x) => …`): checked strictly, and safe to pass around unbound.
      '@typescript-eslint/method-signature-style': ['error', 'property'],
      // `_name` marks a parameter a signature needs but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Build, bench and test scripts run in Node.
    files: [
      'scripts/**',
      'bench/**',
      'test/**',
      'support/**',
      'src/cli/**',
      '**/*.test.ts',
      '**/*.test.tsx',
      '*.config.*',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Tests corrupt parsed JSON on purpose (`any` is the honest type there), read what a page evaluated, and fake
    // async interfaces with bodies that need no await; `expect(fake.method)` passes methods unbound by design.
    files: ['test/**', 'bench/**', 'support/**', '**/*.test.ts', '**/*.test.tsx', '**/test-support.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // Plain JavaScript outside the TypeScript project: syntax rules only.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },

  // Pure core: the domain and its rules, Markdown export, capture parsing, schedules, settings' shape. They take
  // plain data (the renderer its own WriteupInput), so they import no store either, not even its types.
  boundary(
    [
      'src/model/**',
      'src/export/**',
      'src/schedule/**',
      'src/capture/**',
      'src/settings/settings.ts',
      'src/settings/export-choices.ts',
    ],
    [browserApis, protocol, shells, store],
  ),
  // Backups are pure too, but read and write the database through the store's transactions.
  boundary(['src/backup/**'], [browserApis, protocol, shells]),
  // Content scripts are guests on the page: no store, no IndexedDB, no UI framework, nothing of the pages.
  boundary(
    ['src/content/**'],
    [
      {
        group: ['**/store/**', '**/backup/**', 'idb', '**/ui/**', ...pages, 'preact', 'preact/*', '**/background/**'],
        message: 'Content scripts stay tiny: no store, IndexedDB, UI or background code.',
      },
    ],
  ),
  // Pages and their components reach the store only through page-deps (types are fine), never the background's
  // or content scripts' code. `src/ui/` holds what two pages share, so it imports no page; a page imports no other.
  ...[
    ['src/ui/**', pages],
    ['panel/**', ['**/popup/**', '**/options/**']],
    ['popup/**', ['**/panel/**', '**/options/**']],
    ['options/**', ['**/panel/**', '**/popup/**']],
  ].map(([files, others]) =>
    boundary(
      [files],
      [
        {
          group: ['**/store/**'],
          message: 'Pages take the store from page-deps (type imports are fine).',
          allowTypeImports: true,
        },
        { group: ['**/background/**', '**/content/**'], message: 'Pages talk to the background by message only.' },
        {
          group: others,
          message: 'A page uses its own components and the shared ones in src/ui/, never the code of another page.',
        },
      ],
    ),
  ),
  {
    // One way of styling the pages: CSS files imported by the component they style, gathered by esbuild into each
    // page's main.css over the theme's custom properties (light and dark). No inline styles, no <style> strings.
    files: ['src/ui/**', 'panel/**', 'popup/**', 'options/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='style']",
          message: 'Style with a class and a CSS file beside the component.',
        },
        {
          selector: "JSXOpeningElement[name.name='style']",
          message: 'Put the rules in a CSS file beside the component.',
        },
        {
          selector: "MemberExpression[property.name='style']",
          message: 'Set a class; its rules go in a CSS file beside the component.',
        },
      ],
    },
  },
  {
    // The pages' one composition root opens the database and hands it out.
    files: ['src/ui/page-deps-browser.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  // The background never renders UI and never runs content-script code.
  boundary(
    ['src/background/**'],
    [{ group: ['**/ui/**', '**/content/**', ...pages, 'preact', 'preact/*'], message: 'The background has no UI.' }],
  ),
  // Benchmarks and tests share what both need through support/ (the real-browser launcher, the fixture sites,
  // bundle measuring): a benchmark never imports test code, and support/ imports neither.
  boundary(
    ['bench/**'],
    [{ group: ['**/test/**'], message: 'Benchmarks import no test code: move what both need to support/.' }],
  ),
  boundary(
    ['support/**'],
    [{ group: ['**/test/**', '**/bench/**'], message: 'support/ serves tests and benchmarks, and imports neither.' }],
  ),
  // The CLI runs in Node: no extension APIs.
  boundary(
    ['src/cli/**'],
    [
      {
        group: [
          'webextension-polyfill',
          '**/platform/**',
          '**/messaging',
          '**/ui/**',
          '**/content/**',
          '**/background/**',
        ],
        message: 'The CLI runs in Node.',
      },
    ],
  ),
);
