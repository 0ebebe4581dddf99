/**
 * The unit project runs in milliseconds per test, under vitest's default 5 s: a test that starts a process (the CLI
 * bundle, a browser's --version) can take seconds on two busy cores, so it belongs in test/build, whose timeout is
 * sized for processes (vitest.config.ts). This keeps such a test from landing among the unit tests again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const UNIT_FOLDERS = ['src', 'panel', 'popup', 'options', 'test/unit'];

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(full);
    return /\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

test('no unit test starts a process', () => {
  const starting = UNIT_FOLDERS.flatMap((folder) => testFiles(path.join(root, folder)))
    .filter((file) => file !== import.meta.filename && /['"](node:)?child_process['"]/.test(readFileSync(file, 'utf8')))
    .map((file) => path.relative(root, file));
  expect(starting).toEqual([]);
});
