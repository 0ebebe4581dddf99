/**
 * A tweet as the content script sends it (snapshots of the page's markup) to the Tweet the background stores. The
 * page is untrusted: a capture that is not of the expected shape, or from a page that is not X, reads as null.
 */
import type { Post } from '../../model/types';
import type { ElementNode } from './node';
import { fromSnapshot, MAX_NODES, type SnapElement } from './snapshot';
import { isXPage } from '../../model/tweet';
import { collectThread } from './thread';

export interface TweetCapture {
  /** The page's address: the base for the tweet's relative links. */
  pageUrl: string;
  /** The tweet's article; for a thread, the page's tweet and the tweets after it, in order. */
  articles: SnapElement[];
}

export function readCapture(value: unknown): Post | null {
  const c = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof TweetCapture, unknown>>;
  // Only from a page the X content script runs on (`isXPage`): anything else is not a capture of ours.
  if (typeof c.pageUrl !== 'string' || !Array.isArray(c.articles) || !isXPage(c.pageUrl)) return null;
  const page = new URL(c.pageUrl);
  const budget = { left: MAX_NODES * 4 };
  const articles = c.articles
    .slice(0, 60)
    .map((a) => fromSnapshot(a, null, budget))
    .filter((a): a is ElementNode => !!a);
  return collectThread(articles, page.href);
}
