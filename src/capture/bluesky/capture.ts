/**
 * A Bluesky post as the content script sends it (snapshots of the page's markup, src/capture/tweet/snapshot.ts) to
 * the Post the background stores. The page is untrusted: a capture not of the expected shape, or not from bsky.app,
 * reads as null. A thread is the page's post followed by its author's posts after it, in the page's order.
 */
import { blueskyPostOf, isBlueskyPage } from '../../model/bluesky';
import type { Post } from '../../model/types';
import type { ElementNode } from '../tweet/node';
import { fromSnapshot, MAX_NODES, type SnapElement } from '../tweet/snapshot';
import { BLUESKY_ATTRIBUTES } from './attributes';
import { parseBlueskyPost } from './parse-post';

export interface BlueskyCapture {
  /** The page's address: the base for relative links, and the key of a post page's own post. */
  pageUrl: string;
  /** The post's block; for a thread, the page's post and its author's posts after it, in order. */
  items: SnapElement[];
  /** True when the first item is the post page's own post (it has no link to itself). */
  pagePost: boolean;
}

export function readBlueskyCapture(value: unknown): Post | null {
  const c = (typeof value === 'object' && value !== null ? value : {}) as Partial<
    Record<keyof BlueskyCapture, unknown>
  >;
  if (typeof c.pageUrl !== 'string' || !Array.isArray(c.items) || !isBlueskyPage(c.pageUrl)) return null;
  const pageUrl = new URL(c.pageUrl).href;
  // Only a post page's own post may take its key from the address.
  const pagePost = c.pagePost === true && blueskyPostOf(pageUrl) !== null;
  const budget = { left: MAX_NODES * 4 };
  const items = c.items
    .slice(0, 60)
    .map((item) => fromSnapshot(item, null, budget, 0, BLUESKY_ATTRIBUTES))
    .filter((item): item is ElementNode => !!item);
  const posts = items
    .map((item, i) => parseBlueskyPost(item, pageUrl, pagePost && i === 0))
    .filter((p): p is Post => p !== null);
  const [head, ...rest] = posts;
  if (!head) return null;
  const thread = rest.filter((p) => p.handle === head.handle);
  return thread.length > 0 ? { ...head, thread } : head;
}
