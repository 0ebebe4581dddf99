/**
 * One Bluesky post (a feed item or a thread item) to a Post: author, handle and DID, record key, time (from the key,
 * src/model/bluesky.ts `tidTime`), text, photos with their alt text, the content warning, and a quoted post. The
 * thread's own post has no link to itself: its key comes from the page's address. Parts the page showed but that
 * could not be read are named in `missing`.
 */
import { blueskyPostOf, blueskyPostUrl, isBlueskyHandle, tidTime } from '../../model/bluesky';
import type { Post, PostPartName } from '../../model/types';
import { all, attr, children, closest, first, readableText, resolveUrl, squash, type ElementNode } from '../tweet/node';
import { parseEmbeds } from './parse-embeds';
import { parseBlueskyText } from './parse-text';
import { handleOfTestId, HIDER, LINK, POST_PATH, PROFILE_PATH, QUOTE, TEXT, TEXT_ID } from './selectors';

/** The post's own link to itself (its time), outside `exclude` (its quote): author and record key. */
function ownLink(root: ElementNode, exclude: ElementNode | null, base: string): { actor: string; rkey: string } | null {
  for (const a of all(root, LINK, (el) => el === exclude)) {
    const url = resolveUrl(a.getAttribute('href'), base);
    const m = url?.hostname === 'bsky.app' ? POST_PATH.exec(url.pathname) : null;
    if (m) return { actor: decodeURIComponent(m[1]!), rkey: m[2]! };
  }
  return null;
}

/** The author's display name and handle from the links to their profile (name first, then `@handle`). */
function author(root: ElementNode, exclude: ElementNode | null, base: string): { name: string; handle: string } {
  const links = all(root, LINK, (el) => el === exclude).filter((a) => {
    const url = resolveUrl(a.getAttribute('href'), base);
    return url?.hostname === 'bsky.app' && PROFILE_PATH.test(url.pathname) && !closest(a, TEXT, root);
  });
  // A link holds the name and the handle as one piece each (the feed's author line) or both (a thread's own post).
  const texts = links
    .flatMap((a) => (children(a).length > 0 ? children(a) : [a]))
    .map((el) => squash(readableText(el)))
    .filter(Boolean);
  const handle = texts.find((t) => t.startsWith('@'))?.slice(1) ?? '';
  const name = texts.find((t) => !t.startsWith('@')) ?? '';
  return { name, handle };
}

/** The label a content warning names (`Graphic Media`), without the control's own words. */
function warningOf(root: ElementNode, exclude: ElementNode | null): string {
  const hider = first(root, HIDER, (el) => el === exclude);
  if (!hider) return '';
  const pieces = (children(hider).length > 0 ? children(hider) : [hider]).map((el) => squash(readableText(el)));
  return pieces.filter((t) => t && !/^(Show|Hide)$/i.test(t)).join(' ');
}

const LANG = /^[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*$/;

/**
 * The text's language where the markup names it: a `lang` on the text or on an element around it inside the post
 * (Bluesky's own embed puts the record's first language on the post's block). bsky.app's feed and thread markup
 * names none today, so this is usually ''.
 */
function langOf(text: ElementNode | null, root: ElementNode): string {
  const lang = attr(
    closest(text, (el) => !!el.getAttribute('lang'), root),
    'lang',
  );
  return LANG.test(lang) ? lang : '';
}

/** Reads one post block; `pageUrl` keys the thread's own post, which has no link to itself. */
function readPost(root: ElementNode, exclude: ElementNode | null, base: string, fallback: string): Post | null {
  const link = ownLink(root, exclude, base) ?? (fallback ? blueskyPostOf(fallback) : null);
  const who = author(root, exclude, base);
  const testHandle = handleOfTestId(root);
  const handle = [who.handle, testHandle, link?.actor ?? ''].find(isBlueskyHandle) ?? '';
  // The test id where there is one; else RichText's mark, never inside a link (the author line's name and handle).
  const textEl = first(root, TEXT_ID, (el) => el === exclude) ?? first(root, TEXT, (el) => el === exclude || LINK(el));
  const parts = textEl ? parseBlueskyText(textEl, base) : [];
  const rkey = link?.rkey ?? '';
  const pageOf = (did: string) => blueskyPostUrl(handle, rkey, did || undefined) ?? '';
  const { media, did, unreadable } = parseEmbeds(root, (el) => el === exclude, base, pageOf);
  const post: Post = {
    network: 'bluesky',
    id: rkey,
    url: pageOf(did),
    authorName: who.name || handle,
    handle,
    ...(did ? { did } : {}),
    parts,
    time: tidTime(rkey),
    lang: langOf(textEl, root),
    media,
  };
  const warning = warningOf(root, exclude);
  if (warning) post.warning = warning;
  const missing: PostPartName[] = [...unreadable];
  if (!who.name || !handle) missing.push('author');
  if (!post.time) missing.push('time');
  if (missing.length > 0) Object.assign(post, { incomplete: true, missing });
  return rkey || handle || parts.length > 0 ? post : null;
}

/**
 * A quoted post's text when it lacks RichText's mark (older markup): the first line outside the links of its author
 * line and its time.
 */
function quoteText(quote: ElementNode, base: string): Post['parts'] {
  const text = first(quote, (el) => attr(el, 'dir') === 'auto', LINK);
  return text ? parseBlueskyText(text, base) : [];
}

/** The whole post with its quote, or null without a record key. `pageUrl` is the page's address. */
export function parseBlueskyPost(item: ElementNode, pageUrl: string, isPagePost: boolean): Post | null {
  const quoteEl = first(item, QUOTE);
  const post = readPost(item, quoteEl, pageUrl, isPagePost ? pageUrl : '');
  if (!post?.id) return null;
  if (quoteEl) {
    const quoted = readPost(quoteEl, null, pageUrl, '');
    if (quoted) {
      if (quoted.parts.length === 0) quoted.parts = quoteText(quoteEl, pageUrl);
      post.quoted = quoted;
    }
  }
  return post;
}
