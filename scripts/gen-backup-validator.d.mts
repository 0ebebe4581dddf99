// Types of scripts/gen-backup-validator.mjs, for the test that compares its output with the committed files.
/** Each generated file's path (from the repository's root) and the source it should hold. */
export declare function generateValidatorSources(): Promise<Record<string, string>>;
