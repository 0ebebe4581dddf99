/**
 * What the content script needs from a post without parsing it: its permalink (status id and account), and which
 * status a status page is about. Cheap, run per post on the live page; the parsers use them too.
 */
import { closest, first, resolveUrl, type ElementNode } from '../tweet/node';
import { PERMALINK, QUOTE, STATUS_PATH } from './selectors';

export interface StatusLink {
  id: string;
  /** `user@host`: the instance's own accounts get the page's host. */
  handle: string;
  /** `https://<instance>/@acct/<id>`, on the instance whose page showed it. */
  url: string;
}

/** A status address on the page's instance, or null. */
export function statusLinkOf(href: string | null, base: string): StatusLink | null {
  const url = resolveUrl(href, base);
  const page = resolveUrl(base, base);
  if (!url || !page || url.origin !== page.origin || url.protocol !== 'https:') return null;
  const m = STATUS_PATH.exec(url.pathname);
  if (!m) return null;
  const acct = decodeSafely(m[1]!);
  const handle = acct.includes('@') ? acct : `${acct}@${url.hostname}`;
  return { id: m[2]!, handle, url: `${url.origin}/@${acct}/${m[2]!}` };
}

/** The post's own permalink (not its quoted post's). */
export function permalink(post: ElementNode, base: string): StatusLink | null {
  const link = first(post, PERMALINK, (el) => QUOTE(el));
  return link ? statusLinkOf(link.getAttribute('href'), base) : null;
}

/** On a status page (`/@acct/<id>`), the status id; else null. */
export function statusIdOf(pageUrl: string): string | null {
  return statusLinkOf(pageUrl, pageUrl)?.id ?? null;
}

/** Whether `el` is inside a quoted post (the button and the thread look only at posts themselves). */
export const inQuote = (el: ElementNode): boolean => !!closest(el.parentElement, QUOTE);

function decodeSafely(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s; // a broken %-sequence stays as the page wrote it
  }
}
