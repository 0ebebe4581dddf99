/**
 * The pages load the store's record checks on demand (see src/store/record-check.ts): they are a third of the
 * panel's size budget, and a page can open and show notes before it writes one. Built as their own module
 * (scripts/build.mjs), imported from the extension's own origin.
 */
import { useRecordValidators, type RecordValidators } from '../store/record-check';

let loading: Promise<void> | undefined;

export function loadRecordChecks(): Promise<void> {
  // Left to the browser by the bundler (`external` in scripts/build.mjs), so unknown to the type checker.
  if (!loading) {
    // @ts-expect-error the module is built apart, from src/backup/record-validator.generated.js
    const module: Promise<RecordValidators> = import('/record-validators.js');
    loading = module.then(useRecordValidators);
  }
  return loading;
}
