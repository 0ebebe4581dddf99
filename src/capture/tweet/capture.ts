/**
 * A tweet as the content script sends it (snapshots of the page's markup) to the Tweet the background stores. The
 * page is untrusted: a capture that is not of the expected shape, or from a page that is not X, reads as null.
 */
import type { Tweet } from '../../model/types';
import type { ElementNode } from './node';
import { fromSnapshot, MAX_NODES, type SnapElement } from './snapshot';
import { X_HOSTS } from './selectors';
import { collectThread } from './thread';

export interface TweetCapture {
  /** The page's address: the base for the tweet's relative links. */
  pageUrl: string;
  /** The tweet's article; for a thread, the page's tweet and the tweets after it, in order. */
  articles: SnapElement[];
}

export function readCapture(value: unknown): Tweet | null {
  const c = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof TweetCapture, unknown>>;
  if (typeof c.pageUrl !== 'string' || !Array.isArray(c.articles)) return null;
  let page: URL;
  try {
    page = new URL(c.pageUrl);
  } catch {
    return null; // no address: not a page we read
  }
  if (page.protocol !== 'https:' || !X_HOSTS.test(page.hostname)) return null;
  const budget = { left: MAX_NODES * 4 };
  const articles = c.articles
    .slice(0, 60)
    .map((a) => fromSnapshot(a, null, budget))
    .filter((a): a is ElementNode => !!a);
  return collectThread(articles, page.href);
}
