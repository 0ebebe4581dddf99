/**
 * Mastodon's rules for posts: what a handle (`user@instance`) and a status id look like, and the links an instance
 * builds for a profile, a hashtag and a status's embed. Any instance is a Mastodon host, so a status's own address
 * is the one its page showed (checked by `safeHttpUrl`); the links built here are on the host of that address.
 * Pure; a value that breaks a rule gets no link (null), never a link built from it.
 */
const USER = /^[A-Za-z0-9_]([A-Za-z0-9_.-]{0,62}[A-Za-z0-9_])?$/;
const HOST = /^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
// Mastodon's ids are decimal; other servers speaking the same API use letters too.
const STATUS_ID = /^[A-Za-z0-9]{1,64}$/;

/** A Mastodon handle without the leading @: `user@instance`. */
export function isMastodonHandle(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const at = value.indexOf('@');
  return at > 0 && USER.test(value.slice(0, at)) && HOST.test(value.slice(at + 1));
}

export function isMastodonStatusId(value: unknown): value is string {
  return typeof value === 'string' && STATUS_ID.test(value);
}

/** The host of an https address, or null. */
export function httpsHost(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && HOST.test(parsed.hostname) ? parsed.hostname : null;
  } catch {
    return null; // not an address: no host
  }
}

/** `https://<instance>/@user`: the account's page on its own instance; null unless the handle is sound. */
export function mastodonProfileUrl(handle: string): string | null {
  if (!isMastodonHandle(handle)) return null;
  const [user, host] = handle.split('@') as [string, string];
  return `https://${host}/@${user}`;
}

// eslint-disable-next-line no-control-regex -- a control character is what this refuses
const NOT_IN_TAG = /[\s\0-\x1F\x7F-\x9F/?#]/;

/** `https://<host of the post>/tags/<tag>` (a leading `#` dropped); null for no tag, a bad one, or no https post. */
export function mastodonHashtagUrl(tag: string, postUrl: string): string | null {
  const t = tag.replace(/^[#＃]/, '');
  const host = httpsHost(postUrl);
  return host && t && !NOT_IN_TAG.test(t) ? `https://${host}/tags/${encodeURIComponent(t)}` : null;
}

/**
 * A mention's link: `https://<instance>/@user` for `user@instance`, and for a bare `user` (a local account, as
 * Mastodon writes mentions of its own users) the host of the post's address.
 */
export function mastodonMentionUrl(handle: string, postUrl: string): string | null {
  const h = handle.replace(/^@/, '');
  if (isMastodonHandle(h)) return mastodonProfileUrl(h);
  const host = httpsHost(postUrl);
  return host && USER.test(h) ? `https://${host}/@${h}` : null;
}

/**
 * The status's embed address, as Mastodon's "Embed" gives it: its page's address with `/embed`. Only for an https
 * page of a local account, `/@user/<id>`: an instance embeds only its own accounts' posts, so a remote account's
 * copy (`/@user@instance/<id>`) has none; null then and otherwise.
 */
export function mastodonEmbedUrl(postUrl: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(postUrl);
  } catch {
    return null; // not an address: nothing to embed
  }
  if (parsed.protocol !== 'https:' || !HOST.test(parsed.hostname)) return null;
  const m = /^\/@([A-Za-z0-9_.-]+)\/([A-Za-z0-9]{1,64})\/?$/.exec(parsed.pathname);
  return m ? `https://${parsed.hostname}/@${m[1]}/${m[2]}/embed` : null;
}
