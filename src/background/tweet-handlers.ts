/**
 * Tweets clipped from X (by the content script's button, the popup or the context menu), filed by the owner where
 * the target rule says, at most once per session; every X tab is told, so each copy of the tweet reads "Clipped".
 * The answer names the section, and the clip's comment can be added afterwards.
 */
import browser from 'webextension-polyfill';
import type { Id, Post } from '../model/types';
import { readCapture } from '../capture/tweet/capture';
import { loadSelection } from '../settings/settings-storage';
import type { Handlers } from './handlers';
import { theOwner } from './owner';
import { backgroundStore } from './store';
import { askQuietly } from './tabs';
import { logged } from '../log';
import { X_PAGES } from '../model/tweet';

async function markEverywhere(ids: string[]): Promise<void> {
  const tabs = (await browser.tabs.query({ url: X_PAGES }).catch(logged('finding the X tabs to mark a clip'))) ?? [];
  await Promise.all(
    tabs.flatMap((tab) => (tab.id === undefined ? [] : [askQuietly(tab.id, 'tweet/mark-clipped', { ids })])),
  );
}

/**
 * Files a post of any network by the target rule and names the section it is in (a post clipped before stays where
 * it was); `mark` then tells the network's tabs, so every copy reads "Clipped".
 */
export async function filePost(post: Post, comment: string, mark: () => Promise<void>) {
  const owner = await theOwner();
  const { note, duplicate, filed } = await owner.clipPost(post, comment);
  void mark();
  const section =
    note.sectionId === filed.section.id ? filed.section : await (await backgroundStore()).getSection(note.sectionId);
  return { note, duplicate, sectionTitle: section?.title ?? filed.section.title };
}

export function clipTweet(tweet: Post, comment: string) {
  return filePost(tweet, comment, () => markEverywhere([tweet.id]));
}

/** The session clips are checked against, without creating one. */
export async function selectedSessionId(): Promise<Id | null> {
  const { sessionId } = await loadSelection();
  return sessionId && (await (await backgroundStore()).getSession(sessionId)) ? sessionId : null;
}

async function clipOrExplain(tweet: Post, comment: unknown) {
  try {
    return await clipTweet(tweet, typeof comment === 'string' ? comment : '');
  } catch (error) {
    return { error: `The tweet was not clipped: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export const tweetHandlers: Handlers<'tweet/clip-page' | 'tweet/clipped'> = {
  'tweet/clip-page': async ({ capture, comment }) => {
    const tweet = readCapture(capture);
    if (!tweet) return { error: 'This tweet could not be read.' };
    return clipOrExplain(tweet, comment);
  },
  'tweet/clipped': async ({ ids }) => {
    const wanted = Array.isArray(ids)
      ? ids.filter((id) => typeof id === 'string' && /^\d{1,25}$/.test(id)).slice(0, 500)
      : [];
    if (wanted.length === 0) return { clipped: [] };
    try {
      const sessionId = await selectedSessionId();
      if (!sessionId) return { clipped: [] };
      const keys = await (
        await backgroundStore()
      ).clippedPostKeys(
        sessionId,
        wanted.map((id) => `x:${id}`),
      );
      return { clipped: keys.map((key) => key.slice('x:'.length)) };
    } catch (error) {
      // The buttons then only lack their "Clipped" mark; a clip still says when the tweet was clipped before.
      logged('reading which tweets are clipped')(error);
      return { clipped: [] };
    }
  },
};
