/**
 * Posts clipped from Mastodon (the content script's button, the popup, the context menu), filed by the owner where
 * the target rule says, at most once per session and post; every tab of the same instance is told, so each copy
 * of the post reads "Clipped". A content script is answered only from a tab on an instance the user enabled, and
 * only about that instance's posts: a status id is the instance's own.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { readMastodonCapture } from '../capture/mastodon/capture';
import { hostOf, instanceOrigin, originPattern } from '../capture/mastodon/instance';
import { logged } from '../log';
import { postKey } from '../model/post';
import type { Post } from '../model/types';
import type { Handlers } from './handlers';
import { storedInstances } from './mastodon-instances';
import { backgroundStore } from './store';
import { askQuietly } from './tabs';
import { filePost, selectedSessionId } from './tweet-handlers';

/** The enabled instance the sender's page is on, or null. */
export async function senderInstance(sender: Pick<Runtime.MessageSender, 'url' | 'tab'>): Promise<string | null> {
  const origin = instanceOrigin(sender.url ?? sender.tab?.url);
  return origin && (await storedInstances()).includes(origin) ? origin : null;
}

async function markOnInstance(origin: string, ids: string[]): Promise<void> {
  const tabs =
    (await browser.tabs
      .query({ url: originPattern(origin) })
      .catch(logged(`finding the tabs of ${hostOf(origin)} to mark a clip`))) ?? [];
  await Promise.all(
    tabs.flatMap((tab) => (tab.id === undefined ? [] : [askQuietly(tab.id, 'mastodon/mark-clipped', { ids })])),
  );
}

/** Files a Mastodon post; the answer names the section it is in (a post clipped before stays where it was). */
export function clipMastodonPost(post: Post, comment: string) {
  const origin = instanceOrigin(post.url);
  return filePost(post, comment, () => (origin ? markOnInstance(origin, [post.id]) : Promise.resolve()));
}

/** A capture from an enabled instance's tab to its Post, or null. */
export function mastodonPostOf(capture: unknown, origin: string): Post | null {
  return readMastodonCapture(capture, origin);
}

/**
 * The popup's "Clip post" on a status page: the post the background read from that page (src/background/
 * read-context.ts), sent back by the popup. Taken only for an enabled instance's post with a sound key.
 */
export async function clipShownPost(value: unknown, comment: unknown) {
  const post = value as Post | null;
  const origin = typeof post?.url === 'string' ? instanceOrigin(post.url) : null;
  if (
    post?.network !== 'mastodon' ||
    !Array.isArray(post.parts) ||
    !postKey(post) ||
    !origin ||
    !(await storedInstances()).includes(origin)
  ) {
    return { error: 'This post could not be read.' };
  }
  try {
    return await clipMastodonPost(post, typeof comment === 'string' ? comment : '');
  } catch (error) {
    return { error: `The post was not clipped: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export const mastodonClipHandlers: Handlers<'mastodon/clip-page' | 'mastodon/clipped'> = {
  'mastodon/clip-page': async ({ capture, comment }, sender) => {
    const origin = await senderInstance(sender);
    const post = origin ? mastodonPostOf(capture, origin) : null;
    if (!post) return { error: 'This post could not be read.' };
    try {
      return await clipMastodonPost(post, typeof comment === 'string' ? comment : '');
    } catch (error) {
      return { error: `The post was not clipped: ${error instanceof Error ? error.message : String(error)}` };
    }
  },
  'mastodon/clipped': async ({ ids }, sender) => {
    const origin = await senderInstance(sender);
    const wanted = Array.isArray(ids) ? ids.filter((id) => typeof id === 'string').slice(0, 500) : [];
    if (!origin || wanted.length === 0) return { clipped: [] };
    try {
      const sessionId = await selectedSessionId();
      if (!sessionId) return { clipped: [] };
      const keys = new Map<string, string>();
      for (const id of wanted) {
        const key = postKey({ network: 'mastodon', id, handle: '', url: `${origin}/@_/${id}` });
        if (key) keys.set(key, id);
      }
      const found = await (await backgroundStore()).clippedPostKeys(sessionId, [...keys.keys()]);
      return { clipped: found.map((key) => keys.get(key)!).filter(Boolean) };
    } catch (error) {
      // The buttons then only lack their "Clipped" mark; a clip still says when the post was clipped before.
      logged('reading which Mastodon posts are clipped')(error);
      return { clipped: [] };
    }
  },
};
