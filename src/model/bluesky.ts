/**
 * Bluesky's rules for posts: what a handle (a domain), a DID and a record key look like, the links bsky.app builds
 * for a post, a profile and a hashtag, the `at://` URI that names a post, and the pages the Bluesky content script
 * runs on. Pure; a value that breaks a rule gets no link (null), never a link built from it.
 */

/** The pages the Bluesky content script runs on (manifest.json's matches; a test keeps the two equal). */
export const BLUESKY_PAGES = ['https://bsky.app/*'];

/** Is this one of the pages the Bluesky content script runs on? */
export function isBlueskyPage(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' && hostname === 'bsky.app';
  } catch {
    return false; // no address: no page of Bluesky's
  }
}

// A handle is a domain name: labels of letters, digits and inner hyphens, the last starting with a letter.
const HANDLE =
  /^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const DID = /^did:[a-z]+:[A-Za-z0-9._:%-]{1,2000}$/;
// A record key: a TID (13 characters) for posts, but any key of this syntax is valid.
const RKEY = /^[A-Za-z0-9._:~-]{1,512}$/;
const CID = /^[A-Za-z0-9]{8,200}$/;

/** A Bluesky handle without the @: a domain (`alice.bsky.social`). */
export function isBlueskyHandle(value: unknown): value is string {
  return typeof value === 'string' && HANDLE.test(value);
}

/** A DID (`did:plc:…`, `did:web:…`): the author's lasting name, which a handle may change over. */
export function isDid(value: unknown): value is string {
  return typeof value === 'string' && DID.test(value);
}

export function isRecordKey(value: unknown): value is string {
  return typeof value === 'string' && RKEY.test(value) && value !== '.' && value !== '..';
}

export function isCid(value: unknown): value is string {
  return typeof value === 'string' && CID.test(value);
}

/** Who names the author in links: the handle, else the DID. */
function actor(handle: string, did?: string): string | null {
  if (isBlueskyHandle(handle)) return handle;
  return did && isDid(did) ? did : null;
}

/** `https://bsky.app/profile/<handle>/post/<rkey>`; null unless the author and key are sound. */
export function blueskyPostUrl(handle: string, rkey: string, did?: string): string | null {
  const who = actor(handle, did);
  return who && isRecordKey(rkey) ? `https://bsky.app/profile/${who}/post/${rkey}` : null;
}

/** `https://bsky.app/profile/<handle or did>`; null for neither. */
export function blueskyProfileUrl(handle: string, did?: string): string | null {
  const who = actor(handle, did);
  return who ? `https://bsky.app/profile/${who}` : null;
}

// eslint-disable-next-line no-control-regex -- a control character is what this refuses
const NOT_IN_TAG = /[\s\0-\x1F\x7F-\x9F]/;

/** `https://bsky.app/hashtag/<tag>` (a leading `#` or `＃` dropped); null for no tag or one with spaces or controls. */
export function blueskyHashtagUrl(tag: string): string | null {
  const t = tag.replace(/^[#＃]/, '');
  return t && !NOT_IN_TAG.test(t) ? `https://bsky.app/hashtag/${encodeURIComponent(t)}` : null;
}

/** `at://<did or handle>/app.bsky.feed.post/<rkey>`, the post's lasting name (the DID preferred); null when unsound. */
export function blueskyAtUri(handle: string, rkey: string, did?: string): string | null {
  const who = did && isDid(did) ? did : isBlueskyHandle(handle) ? handle : null;
  return who && isRecordKey(rkey) ? `at://${who}/app.bsky.feed.post/${rkey}` : null;
}

/** The author and record key of a post's address on bsky.app (`/profile/<handle or did>/post/<rkey>`), or null. */
export function blueskyPostOf(url: string): { actor: string; rkey: string } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null; // not an address: no post
  }
  if (parsed.hostname !== 'bsky.app') return null;
  const m = /^\/profile\/([^/]+)\/post\/([^/]+)\/?$/.exec(parsed.pathname);
  if (!m) return null;
  const who = decodeURIComponent(m[1]!);
  const rkey = decodeURIComponent(m[2]!);
  return (isBlueskyHandle(who) || isDid(who)) && isRecordKey(rkey) ? { actor: who, rkey } : null;
}

const TID_CHARS = '234567abcdefghijklmnopqrstuvwxyz';

/**
 * When a post was written, from its record key: Bluesky's posts are keyed by a TID, 13 characters of base32 whose
 * first 53 bits are the microseconds since the epoch at which the author's app made it. bsky.app shows only a
 * relative time ("2h") or a date in the reader's own words and zone; the key gives the instant itself. '' when the
 * key is no TID.
 */
export function tidTime(rkey: string): string {
  if (!/^[2-7a-j][2-7a-z]{12}$/.test(rkey)) return '';
  let value = 0n;
  for (const ch of rkey) value = value * 32n + BigInt(TID_CHARS.indexOf(ch));
  const millis = Number(value >> 10n) / 1000;
  return Number.isFinite(millis) && millis > 0 && millis < 8.64e15 ? new Date(Math.floor(millis)).toISOString() : '';
}

/** The DID in a bsky.app image address (`https://cdn.bsky.app/img/<kind>/plain/<did>/<cid>@jpeg`), or ''. */
export function didInImage(src: string): string {
  const m = /^https:\/\/cdn\.bsky\.app\/img\/[a-z_]+\/plain\/(did:[a-z]+:[A-Za-z0-9._:%-]+)\//.exec(src);
  return m && isDid(m[1]) ? m[1] : '';
}
