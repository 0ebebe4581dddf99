/**
 * What the pages need from the outside world, as one small interface: reads of the store, the typed requests to
 * the background (the one writer: every change is an intent sent there) and the background's announcements of
 * what changed. The browser implementation is in page-deps-browser.ts; component tests run the real owner
 * in-process over fake-indexeddb (test-support.ts).
 */
import type { BackgroundRequests } from '../messages';
import type { Announcement } from '../owner/changes';
import type { StoreReads } from '../store/read-store';

/** What a page may read: it writes nothing itself. */
export type { StoreReads };

export type Ask = <T extends keyof BackgroundRequests>(
  type: T,
  payload: BackgroundRequests[T][0],
) => Promise<BackgroundRequests[T][1]>;

export interface AnnouncementFeed {
  /** Called with each announcement of the background; returns the unsubscribe function. */
  subscribe: (listener: (announcement: Announcement) => void) => () => void;
}

export interface PageDeps {
  store: StoreReads;
  ask: Ask;
  announcements: AnnouncementFeed;
  /**
   * Asks the browser for the host permission of one origin (`https://example.org/*`), in the user's click: a
   * pasted schedule address is fetched only with it. Absent where a page cannot ask (then files still work).
   */
  requestHost?: (origin: string) => Promise<boolean>;
}

/** A readable message from anything thrown. */
export function errorText(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return 'unknown error';
}
