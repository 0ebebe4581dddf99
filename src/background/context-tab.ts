/**
 * The context tab: the most recently active tab showing a web page, which is what the user is taking notes on.
 * An extension page (the panel opened as a tab, the quick-capture window) is never the context, so the panel
 * works the same docked, detached or in a test's tab. The id lives in `storage.session` so that a service worker
 * restarted between two notes still knows it; when it is gone, the active tab of the last focused window is used.
 */
import browser, { type Tabs } from 'webextension-polyfill';
import { broadcast } from '../messaging';

const KEY = 'contextTabId';
let cached: number | null | undefined;

/** Our own pages show their URL; other sites' tabs have none without the tabs permission and count as web pages. */
export function isExtensionPage(url: string | undefined): boolean {
  return !!url && url.startsWith(browser.runtime.getURL(''));
}

function isCandidate(tab: Tabs.Tab | undefined): tab is Tabs.Tab & { id: number } {
  if (!tab || typeof tab.id !== 'number' || tab.id === browser.tabs.TAB_ID_NONE) return false;
  const url = tab.url ?? tab.pendingUrl;
  if (isExtensionPage(url)) return false;
  return !url || /^https?:/.test(url);
}

async function remember(tabId: number | null): Promise<void> {
  if (cached === tabId) return;
  cached = tabId;
  await browser.storage.session.set({ [KEY]: tabId }).catch(() => undefined);
  broadcast({ type: 'context/changed' });
}

async function consider(tab: Tabs.Tab | undefined): Promise<void> {
  if (isCandidate(tab)) await remember(tab.id);
}

async function activeTabOf(windowId?: number): Promise<Tabs.Tab | undefined> {
  const query = windowId === undefined ? { active: true, lastFocusedWindow: true } : { active: true, windowId };
  const [tab] = await browser.tabs.query(query);
  return tab;
}

/** The context tab's id, or null when no web page was ever active. */
export async function contextTabId(): Promise<number | null> {
  if (cached === undefined) {
    const stored = await browser.storage.session.get(KEY).catch(() => ({} as Record<string, unknown>));
    const value = stored[KEY];
    cached = typeof value === 'number' ? value : null;
  }
  if (cached !== null) {
    const tab = await browser.tabs.get(cached).catch(() => undefined);
    if (isCandidate(tab)) return tab.id;
  }
  const active = await activeTabOf().catch(() => undefined);
  if (isCandidate(active)) {
    await remember(active.id);
    return active.id;
  }
  await remember(null);
  return null;
}

/** Registered synchronously at start, so a service worker woken by one of these events still gets it. */
export function trackContextTab(): void {
  browser.tabs.onActivated.addListener(({ tabId }) => {
    void browser.tabs.get(tabId).then(consider, () => undefined);
  });
  browser.windows.onFocusChanged.addListener((windowId) => {
    if (windowId === browser.windows.WINDOW_ID_NONE) return;
    void activeTabOf(windowId).then(consider, () => undefined);
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (!tab.active) return;
    // A page of the context tab changed (a new talk, a reload): pages showing "Now watching" should ask again.
    if (tabId === cached && (change.url || change.status === 'complete' || change.title)) {
      broadcast({ type: 'context/changed' });
      return;
    }
    void browser.windows.getLastFocused().then((win) => (win.id === tab.windowId ? consider(tab) : undefined), () => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    if (tabId === cached) void remember(null);
  });
}
