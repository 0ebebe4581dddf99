/**
 * What the context tab shows, asked of its content script from the background (other features ask through
 * askQuietly too). A tab whose script does not answer once loaded was left behind by an extension reload or update
 * and needs a reload.
 */
import { readCapture } from '../capture/tweet/capture';
import browser, { type Tabs } from 'webextension-polyfill';
import { askTab } from '../messaging';
import type { ContentRequests } from '../messages';
import type { PageContext, YouTubeState } from '../model/context';
import { channelUrlOf, isYouTubeUrl } from '../model/youtube';
import { isXPage } from '../model/tweet';

const ANSWER_WITHIN_MS = 2000;

/** The content script's answer, or null when there is no script to answer (or it hangs). */
export async function askQuietly<T extends keyof ContentRequests>(
  tabId: number,
  type: T,
  payload: ContentRequests[T][0],
): Promise<ContentRequests[T][1] | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ANSWER_WITHIN_MS);
  });
  try {
    // A tab without our script (still loading, or opened before an update) cannot answer: null says just that.
    const answer = await Promise.race([askTab(tabId, type, payload).catch(() => null), timeout]);
    return answer ?? null;
  } finally {
    clearTimeout(timer);
  }
}

function siteOf(url: string): PageContext['site'] {
  if (isYouTubeUrl(url)) return 'youtube';
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
    if (tweet) context.tweet = tweet;
  }
  return context;
}

export async function getTab(tabId: number): Promise<(Tabs.Tab & { id: number }) | null> {
  // A tab closed meanwhile is no tab: null.
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return tab && typeof tab.id === 'number' ? (tab as Tabs.Tab & { id: number }) : null;
}
