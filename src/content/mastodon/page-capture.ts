/**
 * What the content script sends for a Mastodon post: snapshots of its markup, parsed in the background. For a
 * thread, the status page's post and the statuses after it (the background keeps the author's own, in order).
 */
import { MASTODON_ATTRIBUTES, type MastodonCapture } from '../../capture/mastodon/capture';
import { permalink, statusIdOf } from '../../capture/mastodon/permalink';
import { POST } from '../../capture/mastodon/selectors';
import { snapshot } from '../../capture/tweet/snapshot';

export function captureOf(posts: Element[]): MastodonCapture {
  return { pageUrl: location.href, statuses: posts.map((p) => snapshot(p, undefined, MASTODON_ATTRIBUTES)) };
}

export const linkOf = (post: Element) => permalink(post, location.href);

/**
 * The status page's post and, for a thread, the posts after it by the same author (at most 40: a longer thread is
 * cut), up to the first by anyone else.
 */
export function pagePosts(withFollowing: boolean): Element[] {
  const id = statusIdOf(location.href);
  const posts = [...document.querySelectorAll(POST)];
  const at = id ? posts.findIndex((p) => linkOf(p)?.id === id) : -1;
  const focal = posts[at];
  if (!focal) return [];
  const author = linkOf(focal)?.handle.toLowerCase();
  const thread = [focal];
  for (const next of withFollowing ? posts.slice(at + 1, at + 41) : []) {
    if (linkOf(next)?.handle.toLowerCase() !== author) break;
    thread.push(next);
  }
  return thread;
}
