/**
 * Tweets clipped from X (by the content script's button, the popup or the context menu) stored through the store,
 * at most once per session; every X tab is told, so each copy of the tweet reads "Clipped".
 */
import browser from 'webextension-polyfill';
import type { Note, Tweet } from '../model/types';
import { readCapture } from '../capture/tweet/capture';
import { broadcast } from '../messaging';
import type { Handlers } from './handlers';
import { selectedSessionId, tweetTarget } from './tweet-target';
import { backgroundStore } from './store';
import { askQuietly } from './youtube-tab';

const X_TABS = ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.twitter.com/*'];

async function markEverywhere(ids: string[]): Promise<void> {
  const tabs = await browser.tabs.query({ url: X_TABS }).catch(() => []);
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? null : askQuietly(tab.id, 'tweet/mark-clipped', { ids }))));
}

export async function clipTweet(tweet: Tweet, comment: string): Promise<{ note: Note; duplicate: boolean }> {
  const db = await backgroundStore();
  const { sessionId, sectionId } = await tweetTarget(db);
  const result = await db.clipTweet(sessionId, sectionId, tweet, comment);
  if (!result.duplicate) broadcast({ type: 'store/changed', sessionId });
  void markEverywhere([tweet.id]);
  return result;
}

function isTweet(value: unknown): value is Tweet {
  const t = value as Tweet | null;
  return typeof t === 'object' && t !== null && typeof t.id === 'string' && /^\d{1,25}$/.test(t.id) && Array.isArray(t.parts);
}

async function clipOrExplain(tweet: Tweet, comment: unknown): Promise<{ note: Note; duplicate: boolean } | { error: string }> {
  try {
    return await clipTweet(tweet, typeof comment === 'string' ? comment : '');
  } catch (error) {
    return { error: `The tweet was not clipped: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export const tweetHandlers: Handlers<'tweet/clip' | 'tweet/clip-page' | 'tweet/clipped'> = {
  'tweet/clip': async ({ tweet, comment }) => {
    if (!isTweet(tweet)) return { error: 'This tweet could not be read.' };
    return clipOrExplain(tweet, comment);
  },
  'tweet/clip-page': async ({ capture, comment }) => {
    const tweet = readCapture(capture);
    if (!tweet) return { error: 'This tweet could not be read.' };
    return clipOrExplain(tweet, comment);
  },
  'tweet/clipped': async ({ ids }) => {
    const wanted = Array.isArray(ids) ? ids.filter((id) => typeof id === 'string' && /^\d{1,25}$/.test(id)).slice(0, 500) : [];
    if (wanted.length === 0) return { clipped: [] };
    try {
      const db = await backgroundStore();
      const sessionId = await selectedSessionId(db);
      return { clipped: sessionId ? await db.clippedTweetIds(sessionId, wanted) : [] };
    } catch {
      return { clipped: [] };
    }
  },
};
