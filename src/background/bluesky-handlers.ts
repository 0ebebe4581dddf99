/**
 * Posts clipped from Bluesky (by the content script's button, the popup or the context menu), filed like tweets
 * (src/background/tweet-handlers.ts): by the target rule, at most once per session; every bsky.app tab is told, so
 * each copy of the post reads "Clipped". The content script sends the post's markup; it is parsed here.
 */
import browser from 'webextension-polyfill';
import { readBlueskyCapture } from '../capture/bluesky/capture';
import { BLUESKY_PAGES } from '../model/bluesky';
import { postKey } from '../model/post';
import type { Post } from '../model/types';
import type { Handlers } from './handlers';
import { backgroundStore } from './store';
import { askQuietly } from './tabs';
import { filePost, selectedSessionId } from './tweet-handlers';
import { logged } from '../log';

const KEY = /^bluesky:[^\s/]{1,2048}\/[A-Za-z0-9._:~-]{1,512}$/;

async function markEverywhere(keys: string[]): Promise<void> {
  const tabs =
    (await browser.tabs.query({ url: BLUESKY_PAGES }).catch(logged('finding the Bluesky tabs to mark a clip'))) ?? [];
  await Promise.all(
    tabs.flatMap((tab) => (tab.id === undefined ? [] : [askQuietly(tab.id, 'bluesky/mark-clipped', { keys })])),
  );
}

/** Files a Bluesky post and marks it in every bsky.app tab. */
export function clipBlueskyPost(post: Post, comment: string) {
  const key = postKey(post);
  return filePost(post, comment, () => markEverywhere(key ? [key] : []));
}

export const blueskyHandlers: Handlers<'bluesky/clip-page' | 'bluesky/clipped'> = {
  'bluesky/clip-page': async ({ capture, comment }) => {
    const post = readBlueskyCapture(capture);
    if (!post) return { error: 'This post could not be read.' };
    try {
      return await clipBlueskyPost(post, typeof comment === 'string' ? comment : '');
    } catch (error) {
      return { error: `The post was not clipped: ${error instanceof Error ? error.message : String(error)}` };
    }
  },
  'bluesky/clipped': async ({ keys }) => {
    const wanted = Array.isArray(keys) ? keys.filter((k) => typeof k === 'string' && KEY.test(k)).slice(0, 500) : [];
    if (wanted.length === 0) return { clipped: [] };
    try {
      const sessionId = await selectedSessionId();
      return { clipped: sessionId ? await (await backgroundStore()).clippedPostKeys(sessionId, wanted) : [] };
    } catch (error) {
      // The buttons then only lack their "Clipped" mark; a clip still says when the post was clipped before.
      logged('reading which Bluesky posts are clipped')(error);
      return { clipped: [] };
    }
  },
};
