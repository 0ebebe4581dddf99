/**
 * addons.mozilla.org's validator on the built dist/firefox, in `npm test`: no error, no notice, and no warning
 * but those docs/firefox.md explains (scripts/lint-firefox.mjs decides; this runs it as `npm run lint` does,
 * on CONFNOTES_DIST when set, else dist/, built here when missing).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from 'vitest';
import { buildIfMissing } from '../../support/bundle-sizes';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = process.env.CONFNOTES_DIST ? path.resolve(process.env.CONFNOTES_DIST) : path.join(ROOT, 'dist');

test('web-ext lint on dist/firefox: 0 errors, 0 notices, and only explained warnings', () => {
  buildIfMissing(ROOT, DIST);
  const lint = spawnSync(process.execPath, [path.join(ROOT, 'scripts/lint-firefox.mjs')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONFNOTES_DIST: DIST },
  });
  const report = `${lint.stdout}${lint.stderr}`;
  expect(report, 'the validator ran and summed up').toMatch(/^web-ext lint .*: 0 errors, \d+ warnings/m);
  expect(lint.status, report).toBe(0);
}, 120_000);
