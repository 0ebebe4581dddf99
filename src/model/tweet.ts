/**
 * X's rules for the addresses and times of tweets: what a handle and a status id look like, the links X builds
 * for a tweet, a profile, a hashtag and a cashtag, a tweet's time as one ISO instant, and its date as Twitter's
 * embeds write it. Pure; the one place these rules live (capture, store, panel and export import them). A value
 * that breaks a rule gets no link (null), never a link built from it.
 */

/** X's hosts for links we build: `x.com` for the panel and storage, `twitter.com` where Twitter's embed code has it. */
export type TweetHost = 'x.com' | 'twitter.com';

/** The pages the X content script runs on (manifest.json's matches; a test keeps the two equal). */
export const X_PAGES = ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.twitter.com/*'];
const X_PAGE_HOSTS = new Set(['x.com', 'twitter.com', 'mobile.twitter.com']);

/** Is this one of the pages the X content script runs on? */
export function isXPage(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' && X_PAGE_HOSTS.has(hostname);
  } catch {
    return false; // no address: no page of X's
  }
}

const HANDLE = /^[A-Za-z0-9_]{1,15}$/;
const STATUS_ID = /^\d{1,25}$/;
const SYMBOL = /^[A-Za-z][A-Za-z0-9_.]{0,14}$/;
/** An X handle without the @: letters, digits and `_`, at most 15. */
export function isHandle(value: unknown): value is string {
  return typeof value === 'string' && HANDLE.test(value);
}

export function isStatusId(value: unknown): value is string {
  return typeof value === 'string' && STATUS_ID.test(value);
}

/** `https://x.com/<handle>/status/<id>`; null unless both are sound. `i` stands for any handle on X. */
export function statusUrl(handle: string, id: string, host: TweetHost = 'x.com'): string | null {
  return isHandle(handle) && isStatusId(id) ? `https://${host}/${handle}/status/${id}` : null;
}

export function profileUrl(handle: string, host: TweetHost = 'x.com'): string | null {
  return isHandle(handle) ? `https://${host}/${handle}` : null;
}

// Whitespace or a control character (\p{Cc} as ranges: the property escape was a measurable part of the export).
// eslint-disable-next-line no-control-regex -- a control character is what this refuses
const NOT_IN_TAG = /[\s\0-\x1F\x7F-\x9F]/;

/** `https://x.com/hashtag/<tag>` (a leading `#` or `＃` dropped); null for no tag or one with spaces or controls. */
export function hashtagUrl(tag: string, host: TweetHost = 'x.com'): string | null {
  const t = tag.replace(/^[#＃]/, '');
  return t && !NOT_IN_TAG.test(t) ? `https://${host}/hashtag/${encodeURIComponent(t)}` : null;
}

/** `https://x.com/search?q=%24<symbol>` (a leading `$` dropped); null unless the symbol is one X links. */
export function cashtagUrl(symbol: string, host: TweetHost = 'x.com'): string | null {
  const s = symbol.replace(/^\$/, '');
  return SYMBOL.test(s) ? `https://${host}/search?q=%24${s}` : null;
}

/** A tweet's time and date are any post's (src/model/post-time.ts). */
export { postTime as tweetTime, postDate as tweetDate } from './post-time';
