/**
 * A backup import in real Chromium with dist/chrome, as the options page runs it: its worker reads and checks the
 * file, the background writes it, all or nothing. Cancel during the write and closing the page mid-import each
 * leave the profile as it was; a finished import is announced, and an open panel shows the imported session.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { backupText, generateSession } from '../../bench/generate-session';
import { launchWithExtension, type ExtensionBrowser } from '../../support/chromium';

const NOTES = 40_000;
let b: ExtensionBrowser;
const file = path.join(tmpdir(), `confnotes-e2e-import-${process.pid}.json`);

beforeAll(async () => {
  writeFileSync(file, backupText([generateSession(NOTES)]));
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close({ removeProfile: true });
});

/** Records in the extension's database: sessions, sections, notes (read by another page: the import's writer is not this one). */
const stored = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number[]>((resolve, reject) => {
        const open = indexedDB.open('confnotes');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
        open.onsuccess = () => {
          const tx = open.result.transaction(['sessions', 'sections', 'notePages']);
          const counts = ['sessions', 'sections'].map((name) => tx.objectStore(name).count());
          // Notes are kept in pages of a section's notes.
          const pages = tx.objectStore('notePages').getAll();
          tx.oncomplete = () => {
            open.result.close();
            const notes = (pages.result as { notes: unknown[] }[]).reduce((n, p) => n + p.notes.length, 0);
            resolve([...counts.map((c) => c.result), notes]);
          };
          tx.onerror = () => reject(tx.error ?? new Error('IndexedDB request failed'));
        };
      }),
  );

/**
 * Chooses the file and, at the first progress past 0 (the background has written a batch, with more to come), acts
 * at once from inside the page: Cancel, or the page closing itself. Notes kept in pages write 40,000 notes in well
 * under a second, so a poll from the test's side would see the import already finished.
 */
async function importThen(options: Page, act: 'cancel' | 'close'): Promise<void> {
  await options.evaluate((action) => {
    const observer = new MutationObserver(() => {
      const bar = document.querySelector<HTMLProgressElement>('#import-progress');
      if (!bar || !(bar.value > 0)) return;
      observer.disconnect();
      if (action === 'cancel') {
        [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Cancel import')?.click();
        return;
      }
      type Tabs = { tabs: { getCurrent: (f: (t: { id: number }) => void) => void; remove: (id: number) => void } };
      const { tabs } = (globalThis as unknown as { chrome: Tabs }).chrome;
      tabs.getCurrent((tab) => tabs.remove(tab.id));
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  }, act);
  await options.getByLabel('Import backup').setInputFiles(file);
}

test('Cancel while the background writes leaves nothing, and so does closing the page mid-import', async () => {
  const reader = await b.openPage('popup/index.html');
  const options = await b.openPage('options/index.html');
  await importThen(options, 'cancel');
  await expect
    .poll(() => options.getByRole('status').last().textContent(), { timeout: 30_000 })
    .toMatch(/^Import of confnotes-e2e-import-\d+\.json cancelled: nothing changed\.$/);
  expect(await stored(reader)).toEqual([0, 0, 0]);

  const closed = options.waitForEvent('close', { timeout: 45_000 });
  await importThen(options, 'close');
  await closed;
  // A read waits for the import's transaction to end, committed or rolled back.
  expect(await stored(reader)).toEqual([0, 0, 0]);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(await stored(reader)).toEqual([0, 0, 0]);
  await reader.close();
}, 120_000);

test('a finished import is written whole and an open panel shows it', async () => {
  const panel = await b.openPage('panel/index.html');
  const options = await b.openPage('options/index.html');
  await options.getByLabel('Import backup').setInputFiles(file);
  await expect
    .poll(() => options.getByRole('status').last().textContent(), { timeout: 90_000 })
    .toMatch(/^Imported .*: 1 session, 201 sections, 40,000 notes\.$/);
  expect(await stored(panel)).toEqual([1, 201, NOTES]);
  // The panel heard the reset and read again: the imported session is the one it shows.
  await expect
    .poll(() => panel.locator(`option[value="bench-session-${NOTES}"]`).evaluate((o: HTMLOptionElement) => o.selected))
    .toBe(true);
}, 120_000);
