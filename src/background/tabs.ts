/**
 * Talking to tabs from the background, for every feature: a content script's answer, or null when no script can
 * give one, a tab by id, or null once it is closed, and the page the user is looking at.
 */
import browser, { type Tabs } from 'webextension-polyfill';
import type { ContentRequests } from '../messages';
import { askTab } from '../messaging';
import { logged } from '../log';
import { safeHttpUrl } from '../model/safe-url';
import { contextTabId } from './context-tab';

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

export async function getTab(tabId: number): Promise<(Tabs.Tab & { id: number }) | null> {
  // A tab closed meanwhile is no tab: null.
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return tab && typeof tab.id === 'number' ? (tab as Tabs.Tab & { id: number }) : null;
}

/**
 * The page the user is looking at: the active tab of the window last used, or, when that is an extension page
 * (the panel or popup opened in a tab), the web page used last.
 */
export async function activePage(): Promise<Tabs.Tab | undefined> {
  const [tab] =
    (await browser.tabs.query({ active: true, lastFocusedWindow: true }).catch(logged('finding the active tab'))) ?? [];
  if (safeHttpUrl(tab?.url) !== null) return tab;
  const contextId = await contextTabId();
  // The context tab closed meanwhile: the active tab is the best we have.
  return contextId === null ? tab : await browser.tabs.get(contextId).catch(() => tab);
}
