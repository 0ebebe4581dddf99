/**
 * A browser that hangs while closing does not outlive its test file: after the bounded wait its processes are
 * killed (a stopped Chromium stands in for Firefox hanging 180 s on quit).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { closeOrKill, pidByProfile } from '../../support/browser-lifetime';
import { launchWithExtension } from '../../support/chromium';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
};

test('a browser hanging on close is killed after the wait, with its helper processes', async () => {
  const b = await launchWithExtension();
  const pid = pidByProfile(b.profileDir)!;
  expect(pid).toBeGreaterThan(0);
  process.kill(pid, 'SIGSTOP'); // it can no longer answer: close() would wait forever
  const started = Date.now();
  await closeOrKill({ close: () => b.ctx.close(), pid: () => pid }, 2000);
  expect(Date.now() - started).toBeLessThan(5000);
  await expect.poll(() => alive(pid), { timeout: 5000 }).toBe(false);
  await expect.poll(() => pidByProfile(b.profileDir), { timeout: 5000 }).toBeUndefined();
  await b.close({ removeProfile: true }); // nothing left to close: returns at once
});
