/**
 * A post's rules on whichever network it is from, picked by `post.network`: what its id and handle must be, its
 * dedupe key, its page, and the links of its author, mentions and hashtags. Each network's own rules are in its
 * module (tweet.ts for X, bluesky.ts, mastodon.ts); this is the one place that chooses between them.
 */
import type { Network, Post } from './types';
import { cashtagUrl, hashtagUrl, isHandle, isStatusId, profileUrl, statusUrl } from './tweet';
import { blueskyHashtagUrl, blueskyPostUrl, blueskyProfileUrl, isBlueskyHandle, isDid, isRecordKey } from './bluesky';
import {
  httpsHost,
  isMastodonHandle,
  isMastodonStatusId,
  mastodonHashtagUrl,
  mastodonMentionUrl,
  mastodonProfileUrl,
} from './mastodon';
import { safeHttpUrl } from './safe-url';

export const NETWORKS: readonly Network[] = ['x', 'bluesky', 'mastodon'];

/** The network's name as the user reads it. */
export const NETWORK_NAMES: Record<Network, string> = { x: 'X', bluesky: 'Bluesky', mastodon: 'Mastodon' };

export function isNetwork(value: unknown): value is Network {
  return (NETWORKS as readonly unknown[]).includes(value);
}

/** Is this a post id as the network writes it (X: digits; Bluesky: a record key; Mastodon: a status id)? */
export function isPostId(network: Network, id: unknown): id is string {
  if (network === 'x') return isStatusId(id);
  return network === 'bluesky' ? isRecordKey(id) : isMastodonStatusId(id);
}

/** Is this a handle (without the @) as the network writes it? */
export function isPostHandle(network: Network, handle: unknown): handle is string {
  if (network === 'x') return isHandle(handle);
  return network === 'bluesky' ? isBlueskyHandle(handle) : isMastodonHandle(handle);
}

/**
 * The post's dedupe key within a session: `x:<id>`, `bluesky:<handle or did>/<rkey>` (a record key is unique only
 * within its author's records), `mastodon:<instance>/<id>` (an id is the instance's own). Null when the post lacks
 * what its key needs.
 */
export function postKey(post: Pick<Post, 'network' | 'id' | 'handle' | 'did' | 'url'>): string | null {
  if (!isPostId(post.network, post.id)) return null;
  if (post.network === 'x') return `x:${post.id}`;
  if (post.network === 'bluesky') {
    const who = isBlueskyHandle(post.handle) ? post.handle : isDid(post.did) ? post.did : null;
    return who ? `bluesky:${who}/${post.id}` : null;
  }
  const host = httpsHost(post.url);
  return host ? `mastodon:${host}/${post.id}` : null;
}

/** The schema's pattern of a dedupe key (docs/backup-format.schema.json keeps the same). */
export const POST_KEY =
  /^(x:[0-9]{1,25}|bluesky:[^\s/]{1,2048}\/[A-Za-z0-9._:~-]{1,512}|mastodon:[^\s/]{1,253}\/[A-Za-z0-9]{1,64})$/;

/**
 * The post's page: rebuilt from its handle and id where the network's addresses are fixed (X, Bluesky), else the
 * address its page showed when it is http(s); null when there is none.
 */
export function postPageUrl(post: Post, xHost: 'x.com' | 'twitter.com' = 'x.com'): string | null {
  if (post.network === 'x') return statusUrl(post.handle, post.id, xHost) ?? safeHttpUrl(post.url);
  if (post.network === 'bluesky') return blueskyPostUrl(post.handle, post.id, post.did) ?? safeHttpUrl(post.url);
  return safeHttpUrl(post.url);
}

/** The author's profile page, or null. */
export function authorUrl(post: Post, xHost: 'x.com' | 'twitter.com' = 'x.com'): string | null {
  if (post.network === 'x') return profileUrl(post.handle, xHost);
  if (post.network === 'bluesky') return blueskyProfileUrl(post.handle, post.did);
  return mastodonProfileUrl(post.handle);
}

/** A mention's link in this post (X and Bluesky: the profile; Mastodon: on the instance), or null. */
export function mentionUrl(post: Post, handle: string, xHost: 'x.com' | 'twitter.com' = 'x.com'): string | null {
  const h = handle.replace(/^@/, '');
  if (post.network === 'x') return profileUrl(h, xHost);
  if (post.network === 'bluesky') return blueskyProfileUrl(h);
  return mastodonMentionUrl(h, post.url);
}

/** A hashtag's link in this post (each network's tag page), or null. */
export function tagUrl(post: Post, tag: string, xHost: 'x.com' | 'twitter.com' = 'x.com'): string | null {
  if (post.network === 'x') return hashtagUrl(tag, xHost);
  if (post.network === 'bluesky') return blueskyHashtagUrl(tag);
  return mastodonHashtagUrl(tag, post.url);
}

/** A cashtag's link: X's only; null elsewhere. */
export function symbolUrl(post: Post, symbol: string, xHost: 'x.com' | 'twitter.com' = 'x.com'): string | null {
  return post.network === 'x' ? cashtagUrl(symbol, xHost) : null;
}
