/**
 * Finding things in a page the way a user (and Playwright's getByLabel/getByRole in the Chromium tests) does: by
 * the label or accessible name, not by CSS classes that may change. puppeteer's own ARIA queries need CDP's
 * accessibility tree, which Firefox over BiDi does not offer, so these read the DOM's labels instead.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import type { Note, Section, Session } from '../../../src/model/types';
import { DB_NAME } from '../../../src/store/schema';

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The form control whose <label> (own text, ignoring hints inside it) or aria-label is exactly `label`. */
export async function byLabel(page: Page, label: string, timeout = 10_000): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (wanted: string) => {
      const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
      const ownText = (el: Element) =>
        clean(
          [...el.childNodes]
            .filter((n) => n.nodeType === 3)
            .map((n) => n.textContent)
            .join(' '),
        );
      for (const l of document.querySelectorAll('label')) {
        if ((clean(l.textContent) === wanted || ownText(l) === wanted) && l.control) return l.control;
      }
      return document.querySelector(`[aria-label="${CSS.escape(wanted)}"]`);
    },
    { timeout },
    label,
  );
  return handle as ElementHandle<Element>;
}

/**
 * The enabled button whose text or aria-label is exactly `name` (the first, in document order), once a click at its
 * centre would land on it. puppeteer clicks at the centre without checking what is there (Playwright, in the
 * Chromium tests, does check), and the sticky note box covers the bottom of the panel: a button left behind it
 * takes the click into the note box. That happens after typing, too: Firefox keeps a field's caret in view with a
 * scroll of its own that can land after ours, so the button must be hit at the same point in two frames running.
 */
export async function button(page: Page, name: string, timeout = 10_000): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (wanted: string) => {
      const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
      const found = [...document.querySelectorAll('button')].find(
        (b) => !b.disabled && (clean(b.getAttribute('aria-label')) === wanted || clean(b.textContent) === wanted),
      );
      if (!found) return null;
      const box = found.getBoundingClientRect();
      const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
      const hit = document.elementFromPoint(x, y);
      const seen = globalThis as { confnotesTestHit?: string };
      if (!hit || !found.contains(hit)) {
        // In the middle of the view, as a user would have it before clicking.
        found.scrollIntoView({ block: 'center' });
        seen.confnotesTestHit = undefined;
        return null;
      }
      const at = `${wanted}@${Math.round(x)},${Math.round(y)}`;
      if (seen.confnotesTestHit !== at) {
        seen.confnotesTestHit = at;
        return null;
      }
      return found;
    },
    { timeout, polling: 'raf' },
    name,
  );
  return handle as ElementHandle<Element>;
}

/** Waits until the page's visible text contains `text`. */
export async function waitForText(page: Page, text: string, timeout = 10_000): Promise<void> {
  await page.waitForFunction((wanted: string) => document.body.innerText.includes(wanted), { timeout }, text);
}

export async function bodyText(page: Page): Promise<string> {
  return norm(await page.evaluate(() => document.body.innerText));
}

interface Stores {
  sessions: Session;
  sections: Section;
  notes: Note;
}

/**
 * Everything in one object store, read raw from IndexedDB by an extension page (same origin as the store); the
 * notes read out of the pages that hold them (src/store/pages.ts).
 */
export async function readAll<K extends keyof Stores>(page: Page, store: K): Promise<Stores[K][]> {
  return page.evaluate(
    (name: string, storeName: string) =>
      new Promise<Stores[K][]>((resolve, reject) => {
        const open = indexedDB.open(name);
        // Never create the database here: an empty version 1 would stop the app's own upgrade from running.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
        open.onsuccess = () => {
          const db = open.result;
          const real = storeName === 'notes' ? 'notePages' : storeName;
          const request = db.transaction(real, 'readonly').objectStore(real).getAll();
          request.onsuccess = () => {
            const records = request.result as unknown[];
            resolve(
              (storeName === 'notes'
                ? records.flatMap((p) => (p as { notes: unknown[] }).notes)
                : records) as Stores[K][],
            );
            db.close();
          };
          request.onerror = () => {
            reject(request.error ?? new Error('IndexedDB request failed'));
            db.close();
          };
        };
      }),
    DB_NAME,
    store,
  );
}
