/**
 * A Mastodon post as the content script sends it (snapshots of its markup) to the Post the background stores, and
 * a status page's thread. The page is untrusted: a capture that is not of the expected shape, or whose page is not
 * on `origin` (the instance the sending tab is on, checked by the background to be one the user enabled), reads as
 * null.
 */
import type { Post } from '../../model/types';
import type { ElementNode } from '../tweet/node';
import { fromSnapshot, MAX_NODES, type SnapElement } from '../tweet/snapshot';
import { parseStatus } from './parse-status';

/** The attributes Mastodon's parsers read: its markup is known by its classes. */
export const MASTODON_ATTRIBUTES = [
  'class',
  'href',
  'src',
  'alt',
  'title',
  'lang',
  'datetime',
  'data-id',
  'aria-label',
  'poster',
];

export interface MastodonCapture {
  /** The page's address: the base for the post's relative links. */
  pageUrl: string;
  /** The post; for a thread, the status page's post and the statuses after it, in order. */
  statuses: SnapElement[];
}

export function readMastodonCapture(value: unknown, origin: string): Post | null {
  const c = (typeof value === 'object' && value !== null ? value : {}) as Partial<
    Record<keyof MastodonCapture, unknown>
  >;
  if (typeof c.pageUrl !== 'string' || !Array.isArray(c.statuses)) return null;
  let page: URL;
  try {
    page = new URL(c.pageUrl);
  } catch {
    return null; // no address: not a capture of ours
  }
  if (page.origin !== origin) return null;
  const budget = { left: MAX_NODES * 4 };
  const statuses = c.statuses
    .slice(0, 60)
    .map((s) => fromSnapshot(s, null, budget, 0, MASTODON_ATTRIBUTES))
    .filter((s): s is ElementNode => !!s);
  return collectThread(statuses, page.href);
}

/**
 * `statuses[0]` with the author's self-replies among the rest (`thread` only when there are some): Mastodon lists a
 * status page's replies with the author's own first; the thread ends at the first status by anyone else.
 */
export function collectThread(statuses: ElementNode[], pageUrl: string): Post | null {
  const [focal, ...rest] = statuses;
  const head = focal ? parseStatus(focal, pageUrl) : null;
  if (!head) return null;
  const thread: Post[] = [];
  for (const status of rest) {
    const reply = parseStatus(status, pageUrl);
    if (!reply || reply.handle.toLowerCase() !== head.handle.toLowerCase()) break;
    thread.push(reply);
  }
  return thread.length > 0 ? { ...head, thread } : head;
}
