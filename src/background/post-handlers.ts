/**
 * The popup's clip of the post its context tab shows (`post/clip`): the post the background read there, sent back
 * with the user's comment, filed by its network's handler so that its tabs mark it "Clipped".
 */
import { isNetwork, isPostId } from '../model/post';
import type { Post } from '../model/types';
import { clipBlueskyPost } from './bluesky-handlers';
import { clipShownPost } from './mastodon-handlers';
import type { Handlers } from './handlers';
import { clipTweet } from './tweet-handlers';

/** The shape a post needs before the store's own checks (fit-post.ts) take it. */
function isPost(value: unknown): value is Post {
  const p = value as Post | null;
  return (
    typeof p === 'object' && p !== null && isNetwork(p.network) && isPostId(p.network, p.id) && Array.isArray(p.parts)
  );
}

export const postHandlers: Handlers<'post/clip'> = {
  'post/clip': async ({ post, comment }) => {
    // A Mastodon post is checked and filed by Mastodon's rules (only an enabled instance's).
    if ((post as Post | null)?.network === 'mastodon') return clipShownPost(post, comment);
    if (!isPost(post)) return { error: 'This post could not be read.' };
    const noun = post.network === 'x' ? 'tweet' : 'post';
    try {
      const text = typeof comment === 'string' ? comment : '';
      return await (post.network === 'x' ? clipTweet(post, text) : clipBlueskyPost(post, text));
    } catch (error) {
      return { error: `The ${noun} was not clipped: ${error instanceof Error ? error.message : String(error)}` };
    }
  },
};
