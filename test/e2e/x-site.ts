/**
 * The X fixture site in real Chromium, shared by the tweet tests: a browser with the extension, x.com and its
 * image host served from the fixtures, a panel with a session and one section chosen, and a read of the notes as
 * the extension stored them.
 */
import type { Page } from 'playwright-core';
import type { Note } from '../../src/model/types';
import { PIXEL, xRoute } from '../../support/fixtures/x/pages';
import { launchWithExtension, serveFixtures, type ExtensionBrowser } from '../../support/chromium';

export interface XSite {
  b: ExtensionBrowser;
  panel: Page;
}

/** Launches, serves X, and creates the session "FjordOps 2025" with `section` chosen in the panel. */
export async function openXSite(section: string): Promise<XSite> {
  const b = await launchWithExtension();
  await serveFixtures(b.ctx, 'https://x.com', xRoute);
  await b.ctx.route(/^https:\/\/(pbs|abs-0)\.twimg\.com\//, (r) =>
    r.fulfill({ contentType: 'image/png', body: PIXEL }),
  );
  const panel = await b.openPage('panel/index.html');
  const form = panel.getByRole('form', { name: 'New session' });
  await form.getByLabel('Title').fill('FjordOps 2025');
  await form.getByRole('button', { name: 'Create session' }).click();
  await panel.getByRole('button', { name: 'New section' }).click();
  await panel.getByLabel('Section title').fill(section);
  await panel.getByRole('button', { name: 'Add section' }).click();
  await panel.getByRole('region', { name: section }).waitFor();
  return { b, panel };
}

/** Every note as stored, read straight from the extension's database in an extension page. */
export function storedNotes(page: Page): Promise<Note[]> {
  return page.evaluate(
    () =>
      new Promise<Note[]>((resolve, reject) => {
        const open = indexedDB.open('confnotes');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
        open.onsuccess = () => {
          // Notes are kept in pages of a section's notes.
          const all = open.result.transaction('notePages').objectStore('notePages').getAll();
          all.onsuccess = () => {
            resolve((all.result as { notes: Note[] }[]).flatMap((p) => p.notes));
            open.result.close();
          };
          all.onerror = () => reject(all.error ?? new Error('IndexedDB request failed'));
        };
      }),
  );
}
