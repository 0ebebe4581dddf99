/**
 * Which page may set a clip's comment (`post/comment`, src/background/post-comment.ts): a content script only on a
 * post of its own site. Pure, so that it is tested in Node.
 */
import { instanceOrigin } from '../capture/mastodon/instance';
import { isBlueskyPage } from '../model/bluesky';
import { isXPage } from '../model/tweet';
import type { Post } from '../model/types';

/**
 * Whether a page at `senderUrl` may comment on this clip: a page of the post's own site (for Mastodon, `instance`:
 * the enabled instance the sender is on, or null).
 */
export function mayComment(post: Post, senderUrl: string, instance: string | null): boolean {
  if (post.network === 'x') return isXPage(senderUrl);
  if (post.network === 'bluesky') return isBlueskyPage(senderUrl);
  return instance !== null && instanceOrigin(post.url) === instance;
}
