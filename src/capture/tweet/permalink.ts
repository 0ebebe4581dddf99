/**
 * What the content script needs from a tweet without parsing it: its status id and author (for the button and the
 * thread), where its quoted tweet is, and whether it is an ad. Cheap, run per tweet on the live page.
 */
import { all, closest, contains, first, resolveUrl, type ElementNode } from './node';
import { LINK, PHOTO_PATH, QUOTE, STATUS_PATH, TIME, USER_NAME, X_HOSTS } from './selectors';

/** The quoted tweet block inside a tweet, if any. */
export function quoteBlock(article: ElementNode): ElementNode | null {
  return first(article, (el) => QUOTE(el) && !!first(el, USER_NAME));
}

const outside = (exclude: ElementNode | null) => (el: ElementNode) => el === exclude;

function statusOf(link: ElementNode | null, base: string, path = STATUS_PATH): { id: string; handle: string } | null {
  const url = link ? resolveUrl(link.getAttribute('href'), base) : null;
  const match = url && X_HOSTS.test(url.hostname) ? path.exec(url.pathname) : null;
  return match ? { handle: match[1]!, id: match[2]! } : null;
}

/**
 * The status id and handle from the tweet's own time link. A quoted tweet often has no time link but shows its
 * photos as links to `/<handle>/status/<id>/photo/<n>`: its id is read from those (`fromPhotos`).
 */
export function permalink(
  root: ElementNode,
  quote: ElementNode | null,
  base: string,
  fromPhotos = false,
): { id: string; handle: string } | null {
  const time = first(root, TIME, outside(quote));
  const link = closest(time, LINK, root);
  const own = link && contains(root, link) ? statusOf(link, base) : null;
  if (own || !fromPhotos) return own;
  for (const a of all(root, LINK, outside(quote))) {
    const photo = statusOf(a, base, PHOTO_PATH);
    if (photo) return photo;
  }
  return null;
}

/**
 * A promoted tweet. X labels ads in the reader's language ("Ad", "Anzeige", "Sponsorisé", "広告"...), so the word is
 * no use: an ad is recognised by its shape. It shows the label where a tweet shows its time, so it has no time of
 * its own (outside a quoted tweet); or X wraps the cell in its ad tracker.
 */
export function isPromoted(article: Element): boolean {
  if (article.closest('[data-testid="placementTracking"]')) return true;
  const node: ElementNode = article;
  return !first(node, TIME, outside(quoteBlock(node)));
}

export function tweetId(article: ElementNode, base: string): string | null {
  return permalink(article, quoteBlock(article), base)?.id ?? null;
}
