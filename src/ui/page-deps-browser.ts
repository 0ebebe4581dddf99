/**
 * The pages' deps in the real extension: reads of the extension's own IndexedDB (extension pages share the
 * extension's origin, so they open it directly; they never write it), typed requests to the background, and its
 * announcements as they arrive on runtime messages.
 */
import browser from 'webextension-polyfill';
import { logged } from '../log';
import { isBroadcast } from '../messages';
import { askBackground } from '../messaging';
import { createReadStore } from '../store/read-store';
import { openConfnotesDB, type ConfnotesDatabase } from '../store/db';
import { requestPersistence } from '../store/persist';
import type { AnnouncementFeed, PageDeps } from './page-deps';

export const announcements: AnnouncementFeed = {
  subscribe(listener) {
    const onMessage = (message: unknown) => {
      if (isBroadcast(message)) listener(message);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  },
};

let persistenceAsked = false;
let database: Promise<ConfnotesDatabase> | undefined;

/** The extension's database, opened once per page. */
export function browserDatabase(): Promise<ConfnotesDatabase> {
  database ??= openConfnotesDB();
  return database;
}

export async function browserPageDeps(): Promise<PageDeps> {
  const db = await browserDatabase();
  // Ask once per page load that the browser keep the notes under storage pressure; a refusal changes nothing here.
  if (!persistenceAsked) {
    persistenceAsked = true;
    void requestPersistence().catch(logged('asking the browser to keep the notes'));
  }
  return { store: createReadStore(db), ask: askBackground, announcements, requestHost };
}

/** permissions.request for one origin; a refusal, or a browser that cannot ask from here, is false. */
async function requestHost(origin: string): Promise<boolean> {
  return (
    (await browser.permissions.request({ origins: [origin] }).catch(logged(`asking for access to ${origin}`))) ?? false
  );
}

/** The popup's unsaved note, kept in extension storage so that closing the popup loses nothing. */
const DRAFT_KEY = 'popupDraft';

export const popupDraft = {
  async load(): Promise<string> {
    const stored = await browser.storage.local.get(DRAFT_KEY);
    const value = stored[DRAFT_KEY];
    return typeof value === 'string' ? value : '';
  },
  save(text: string): Promise<void> {
    return text ? browser.storage.local.set({ [DRAFT_KEY]: text }) : browser.storage.local.remove(DRAFT_KEY);
  },
};
