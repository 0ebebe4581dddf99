/**
 * No browser outlives its test file, whatever happened in it. Each launch is tracked until closed; closing waits
 * a bounded time and then kills the browser's process group (Firefox once hung 180 s while quitting on a loaded
 * machine, and the next file's launch then competed with it); and a setup file (test/e2e/browser-lifetime.setup.ts) closes
 * whatever a file left open, e.g. when its beforeAll failed before the file could keep a handle.
 */
import { readdirSync, readFileSync } from 'node:fs';

const CLOSE_WAIT_MS = 15_000;

interface Tracked {
  close: () => Promise<unknown>;
  /** The browser's main process id, when known. */
  pid: () => number | undefined;
}

const open = new Set<Tracked>();

/** The id of the process started with this unique profile folder (our own browser, found by its own folder). */
export function pidByProfile(profileDir: string): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (args.includes(`--user-data-dir=${profileDir}`) && !args.some((a) => a.startsWith('--type=')))
        return Number(entry);
    } catch {
      // The process ended meanwhile.
    }
  }
  return undefined;
}

function kill(pid: number | undefined): void {
  if (!pid) return;
  for (const target of [-pid, pid]) {
    try {
      process.kill(target, 'SIGKILL'); // the group first: the browser's helper processes go with it
    } catch {
      // Already gone.
    }
  }
}

/** Closes within CLOSE_WAIT_MS, else kills; never throws, never waits longer. */
export async function closeOrKill(browser: Tracked, waitMs = CLOSE_WAIT_MS): Promise<void> {
  open.delete(browser);
  const pid = browser.pid();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(resolve, waitMs, 'late');
  });
  const outcome = await Promise.race([
    browser.close().then(
      () => 'closed',
      () => 'failed',
    ),
    late,
  ]);
  clearTimeout(timer);
  if (outcome !== 'closed') {
    console.warn(`a browser did not close in ${waitMs / 1000} s (${outcome}): killed`);
    kill(pid);
  }
}

/** Tracks a launched browser; returns its bounded close. */
export function track(browser: Tracked): () => Promise<void> {
  open.add(browser);
  return () => closeOrKill(browser);
}

/** Every browser this file left open, closed or killed. */
export async function closeLeftovers(): Promise<number> {
  const left = [...open];
  await Promise.all(left.map((browser) => closeOrKill(browser)));
  return left.length;
}
