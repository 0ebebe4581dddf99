/**
 * What the context tab shows (its site; on YouTube the talk, on an X status page, a Bluesky post page or a status
 * page of an enabled Mastodon instance the post), asked of its content script through askQuietly
 * (src/background/tabs.ts). A tab whose script does not answer once loaded was left behind by an extension reload
 * or update and needs a reload.
 */
import type { Tabs } from 'webextension-polyfill';
import { readCapture } from '../capture/tweet/capture';
import type { PageContext, YouTubeState } from '../model/context';
import { channelUrlOf, isYouTubeUrl } from '../model/youtube';
import { isXPage } from '../model/tweet';
import { blueskyPostOf, isBlueskyPage } from '../model/bluesky';
import { readBlueskyCapture } from '../capture/bluesky/capture';
import { askQuietly } from './tabs';
import { instanceOrigin } from '../capture/mastodon/instance';
import { statusIdOf } from '../capture/mastodon/permalink';
import { mastodonPostOf } from './mastodon-handlers';
import { storedInstances } from './mastodon-instances';

function siteOf(url: string): PageContext['site'] {
  if (isYouTubeUrl(url)) return 'youtube';
  if (isBlueskyPage(url)) return 'bluesky';
  return isXPage(url) ? 'x' : 'other';
}

/** A YouTube tab's context from the state its content script read (asked, or told with `youtube/changed`). */
export function youtubeContext(tab: Tabs.Tab & { id: number }, state: YouTubeState | null): PageContext {
  const url = tab.url ?? '';
  const context: PageContext = { tabId: tab.id, url, title: tab.title ?? '', site: siteOf(url), readAt: Date.now() };
  if (state) {
    // The content script sends the channel's address as the page had it: only a YouTube https one is kept.
    context.youtube = { ...state, channelUrl: channelUrlOf(state.channelUrl) ?? '' };
    if (state.title) context.title = state.title;
  } else if (tab.status === 'complete') {
    context.needsReload = true;
  }
  return context;
}

/** What the context tab shows: its site, and on YouTube the content script's reading of the talk. */
export async function readContext(tab: Tabs.Tab & { id: number }): Promise<PageContext> {
  const url = tab.url ?? '';
  const context: PageContext = { tabId: tab.id, url, title: tab.title ?? '', site: siteOf(url), readAt: Date.now() };
  if (context.site === 'youtube') return youtubeContext(tab, await askQuietly(tab.id, 'youtube/state', {}));
  if (context.site === 'x' && /\/status\/\d+/.test(url)) {
    // The X content script reads the tweet a status page shows (only there).
    const tweet = readCapture(await askQuietly(tab.id, 'tweet/page', {}));
    if (tweet) context.post = tweet;
  }
  if (context.site === 'bluesky' && blueskyPostOf(url)) {
    // The Bluesky content script reads the post a post page shows, with its author's thread after it.
    const post = readBlueskyCapture(await askQuietly(tab.id, 'bluesky/page', { thread: true }));
    if (post) context.post = post;
  }
  const origin = instanceOrigin(url);
  if (context.site === 'other' && origin && statusIdOf(url) && (await storedInstances()).includes(origin)) {
    // On an enabled Mastodon instance's status page, its content script reads the post the page shows.
    const post = mastodonPostOf(await askQuietly(tab.id, 'mastodon/page', {}), origin);
    if (post) context.post = post;
  }
  return context;
}
