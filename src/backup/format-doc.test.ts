/** The example in docs/backup-format.md is a real, valid backup, so the page cannot drift from the format. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseBackup } from './validate';

it('documents the format with an example that validates', () => {
  const doc = readFileSync(new URL('../../docs/backup-format.md', import.meta.url), 'utf8');
  const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
  const check = parseBackup(example);
  expect(check.ok ? check.backup.sessions[0]?.notes.map((n) => n.kind) : check.problems).toEqual(['text', 'post']);
});
