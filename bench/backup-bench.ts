/**
 * Backup export and import of 100,000 notes in real Chromium, as a user does them: on the options page (which
 * hands them to the backup worker), with a panel open beside it. Import: from the file chosen to "Imported …";
 * export: from the click to the download. Meanwhile a long-task observer on both Confnotes pages records the
 * longest task it blames on its page, and a trace records every task of the thread all Confnotes pages share
 * (page-tasks.ts), whoever caused it. Targets: each within 3 s, no task on a Confnotes page longer than 100 ms. The import's baseline is
 * its floor, measured in the bench page: the file parsed and every record put into bare object stores in one
 * transaction (the background does that and more: checks every record, keeps the indexes).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../support/chromium';
import { backupText, generateSession } from './generate-session';
import type { Row } from './stats';
import type { Page as BenchPage } from 'playwright-core';
import { benchCall } from './bench-page';
import { traceTasks, type ThreadTasks } from './page-tasks';

const NOTES = 100_000;

/** Starts recording the page's longest task; returns a reader. */
async function watchLongTasks(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (window as unknown as { longest: number }).longest);
}

interface Longest {
  options: number;
  panel: number;
  thread: ThreadTasks;
}
const longest = (on: Longest) => Math.max(on.options, on.panel, on.thread.longest);
const tasks = (on: Longest) =>
  `longest task on the pages' thread ${Math.round(on.thread.longest)} ms (CPU ${Math.round(on.thread.cpu)} ms: ` +
  `${on.thread.what}; ` +
  `${on.thread.over100} over 100 ms, ${on.thread.over50} over 50 ms), blamed on the options page ` +
  `${Math.round(on.options)} ms, on the open panel ${Math.round(on.panel)} ms`;

async function resetLongest(...pages: Page[]): Promise<void> {
  for (const page of pages)
    await page.evaluate(() => {
      (window as unknown as { longest: number }).longest = 0;
    });
}

export async function benchBackup(browser: ExtensionBrowser, bench: BenchPage, temp: string): Promise<Row[]> {
  const floor = await benchCall(bench, 'rawImport', NOTES);
  const text = backupText([generateSession(NOTES)]);
  const options = await browser.openPage('options/index.html');
  const panel = await browser.openPage('panel/index.html');
  try {
    await options.getByRole('button', { name: 'Export backup' }).waitFor();
    const longestOnOptions = await watchLongTasks(options);
    const longestOnPanel = await watchLongTasks(panel);
    await options.bringToFront();

    // Import: timed by the page, from the input's change to the status saying it is done; the progress bar first
    // shows when the background starts writing (everything read, checked and sent).
    await options.evaluate(() => {
      const w = window as unknown as { changed: number; done: number; writing: number };
      document.getElementById('import-backup')!.addEventListener(
        'change',
        () => {
          w.changed = performance.now();
        },
        { capture: true },
      );
      new MutationObserver(() => {
        const said = [...document.querySelectorAll('[role=status]')].map((el) => el.textContent ?? '');
        if (said.some((text) => text.startsWith('Imported'))) w.done ||= performance.now();
        if (document.querySelector('progress')) w.writing ||= performance.now();
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const cdp = await options.context().newCDPSession(options);
    await resetLongest(options, panel);
    let traced = await traceTasks(cdp);
    // From a file on disk: Playwright sends a file this big through a path, not a buffer.
    const file = path.join(temp, 'big.json');
    writeFileSync(file, text);
    await options.getByLabel('Import backup').setInputFiles(file);
    await options
      .waitForFunction(() => (window as unknown as { done: number }).done > 0, undefined, { timeout: 120_000 })
      .catch(async (error: unknown) => {
        const said = await options.evaluate(() =>
          [...document.querySelectorAll('[role=status], [role=alert]')].map((el) => el.textContent),
        );
        throw new Error(`the import did not finish: ${JSON.stringify(said)} (${String(error)})`);
      });
    const [importMs, sendingMs] = await options.evaluate(() => {
      const w = window as unknown as { changed: number; done: number; writing: number };
      return [w.done - w.changed, w.writing - w.changed];
    });
    const importLongest = { options: await longestOnOptions(), panel: await longestOnPanel(), thread: await traced() };
    const status = await options.getByRole('status').last().textContent();

    // Export: from the click to the download.
    await resetLongest(options, panel);
    traced = await traceTasks(cdp);
    const started = performance.now();
    const [download] = await Promise.all([
      options.waitForEvent('download', { timeout: 120_000 }),
      options.getByRole('button', { name: 'Export backup' }).click(),
    ]);
    await download.path();
    const exportMs = performance.now() - started;
    const exportLongest = { options: await longestOnOptions(), panel: await longestOnPanel(), thread: await traced() };

    const mb = (Buffer.byteLength(text) / 1e6).toFixed(0);
    return [
      {
        group: 'backup',
        name: `import of a ${NOTES.toLocaleString('en')}-note backup (${mb} MB), options page`,
        value: importMs,
        unit: 'ms',
        baseline: { value: floor, name: 'JSON.parse + raw put of every record, one transaction' },
        target: {
          text: '≤3 s; no task >100 ms on a Confnotes page',
          met: importMs <= 3000 && longest(importLongest) <= 100,
        },
        note: `read, checked and sent in ${Math.round(sendingMs)} ms, then written; ${tasks(importLongest)}; ${status ?? ''}`,
      },
      {
        group: 'backup',
        name: `export of ${NOTES.toLocaleString('en')} notes, options page, click to download`,
        value: exportMs,
        unit: 'ms',
        target: {
          text: '≤3 s; no task >100 ms on a Confnotes page',
          met: exportMs <= 3000 && longest(exportLongest) <= 100,
        },
        note: tasks(exportLongest),
      },
    ];
  } finally {
    await options.close();
    await panel.close();
  }
}
