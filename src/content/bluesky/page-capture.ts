/**
 * What the Bluesky content script reads on the live page, kept to the few selectors and patterns it needs (the
 * whole post is parsed in the background from a snapshot, src/capture/bluesky/): which post an element is, its key,
 * and the snapshot of a post or of a post page's thread.
 */
import { BLUESKY_ATTRIBUTES } from '../../capture/bluesky/attributes';
import type { BlueskyCapture } from '../../capture/bluesky/capture';
import { snapshot } from '../../capture/tweet/snapshot';

export const POST = '[data-testid^="feedItem-by-"],[data-testid^="postThreadItem-by-"]';
const POST_LINK = /^\/profile\/[^/]+\/post\/([A-Za-z0-9._:~-]+)\/?$/;

/** The record key of the page's own post, on a post page (`/profile/<handle>/post/<rkey>`). */
export const pageRkey = (): string => POST_LINK.exec(location.pathname)?.[1] ?? '';

/** The handle a post's test id names (`feedItem-by-<handle>`). */
export const handleOf = (item: Element): string =>
  (item.getAttribute('data-testid') ?? '').replace(/^(feedItem|postThreadItem)-by-/, '');

const isThreadItem = (item: Element): boolean => item.matches('[data-testid^="postThreadItem-by-"]');

/** The post's record key from its own time link (not its quoted post's); '' when it has none. */
function ownRkey(item: Element): string {
  for (const a of item.querySelectorAll('a[href*="/post/"]')) {
    const quote = a.closest('div[role="link"]');
    if (quote && quote !== item) continue;
    const m = POST_LINK.exec(a.getAttribute('href') ?? '');
    if (m) return m[1]!;
  }
  return '';
}

/** The post's record key: its own link's, or for the post page's own post (a thread item without one) the page's. */
export function rkeyOf(item: Element): string {
  return ownRkey(item) || (isThreadItem(item) ? pageRkey() : '');
}

/** The post's dedupe key (src/model/post.ts `postKey`), or '' when the page does not say it. */
export function keyOf(item: Element): string {
  const handle = handleOf(item);
  const rkey = rkeyOf(item);
  return handle && rkey ? `bluesky:${handle}/${rkey}` : '';
}

export function captureOf(items: Element[]): BlueskyCapture {
  const head = items[0];
  const pagePost = !!head && isThreadItem(head) && !ownRkey(head) && !!pageRkey();
  return { pageUrl: location.href, items: items.map((el) => snapshot(el, undefined, BLUESKY_ATTRIBUTES)), pagePost };
}

/**
 * On a post page: its own post and, for a thread, its author's posts right after it (at most 40), up to the first
 * by anyone else. Empty elsewhere.
 */
export function pageItems(withThread: boolean): Element[] {
  const rkey = pageRkey();
  if (!rkey) return [];
  const items = [...document.querySelectorAll(POST)];
  const at = items.findIndex((item) => rkeyOf(item) === rkey);
  const focal = items[at];
  if (!focal) return [];
  const thread = [focal];
  for (const next of withThread ? items.slice(at + 1, at + 41) : []) {
    if (handleOf(next) !== handleOf(focal)) break;
    thread.push(next);
  }
  return thread;
}
