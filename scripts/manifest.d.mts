// Types of scripts/manifest.mjs, for the tests that read it.
export declare const TESTED_BROWSERS: { chrome: string; firefox: string };
export declare function manifestFor(base: object, target: 'chrome' | 'firefox'): object;
