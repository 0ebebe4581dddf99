/**
 * The backup validators the extension and the CLI ship are generated from docs/backup-format.schema.json
 * (scripts/gen-backup-validator.mjs): a schema change without regenerating them would check files against the old
 * schema. Generated here in this process and compared with the committed files, so no child Node is started:
 * among the build tests, where a busy machine slows it down without failing it for a timer.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateValidatorSources } from '../../scripts/gen-backup-validator.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('the generated backup validators', () => {
  it('are what the committed schema gives (run scripts/gen-backup-validator.mjs after changing it)', async () => {
    const sources = await generateValidatorSources();
    expect(Object.keys(sources).sort()).toEqual([
      'src/backup/record-validator.generated.js',
      'src/backup/schema-validator.generated.js',
    ]);
    for (const [file, source] of Object.entries(sources)) {
      const committed = await readFile(path.join(ROOT, file), 'utf8');
      // Compared as booleans first: a failure names the stale file, not a diff of 100 KB of generated code.
      expect(committed === source, `${file} is stale`).toBe(true);
    }
  }, 60_000);
});
