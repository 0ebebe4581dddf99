/**
 * The context tab: the most recently active tab showing a web page, which is what the user is taking notes on.
 * An extension page (the panel opened as a tab, the quick-capture window) is never the context, so the panel
 * works the same docked, detached or in a test's tab. The few most recent candidates live in `storage.session`,
 * so that a service worker restarted between two notes still knows them, and closing the context tab (or turning
 * it into an extension page) falls back to the one before.
 */
import { safeHttpUrl } from '../model/safe-url';
import { readSessionValue, writeSessionValue } from './session-values';
import browser, { type Tabs } from 'webextension-polyfill';
import { logged } from '../log';

const KEY = 'contextTabs';
const KEEP = 5;
let recent: number[] | undefined;

let listener: (() => void) | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Called (once for a burst of tab events) whenever the context tab or what it shows may have changed. */
export function onContextChange(callback: () => void): void {
  listener = callback;
}

/** A burst of events (a tab activated, then loaded, then titled) is read once, after it settles. */
export function contextChanged(): void {
  clearTimeout(timer);
  timer = setTimeout(() => listener?.(), 50);
}

/** Our own pages show their URL; other sites' tabs have none without the tabs permission and count as web pages. */
export function isExtensionPage(url: string | undefined): boolean {
  return !!url && url.startsWith(browser.runtime.getURL(''));
}

/**
 * A web page, or a tab we may not see into that has finished loading (a new tab still loading has no URL yet
 * and may turn out to be one of our pages).
 */
function isCandidate(tab: Tabs.Tab | undefined): tab is Tabs.Tab & { id: number } {
  if (!tab || typeof tab.id !== 'number' || tab.id === browser.tabs.TAB_ID_NONE) return false;
  const url = tab.url ?? tab.pendingUrl;
  if (url) return !isExtensionPage(url) && safeHttpUrl(url) !== null;
  return tab.status === 'complete';
}

async function load(): Promise<number[]> {
  if (!recent) {
    // Unreadable: a fresh list (the next tab the user activates becomes the context).
    const value = await readSessionValue(KEY);
    recent = Array.isArray(value) ? value.filter((id): id is number => typeof id === 'number') : [];
  }
  return recent;
}

async function save(list: number[]): Promise<void> {
  const changed = list[0] !== recent?.[0];
  recent = list.slice(0, KEEP);
  // Not kept, the list still holds in memory until the worker restarts.
  await writeSessionValue(KEY, recent);
  if (changed) contextChanged();
}

async function consider(tab: Tabs.Tab | undefined): Promise<void> {
  if (!isCandidate(tab)) return;
  const list = await load();
  if (list[0] !== tab.id) await save([tab.id, ...list.filter((id) => id !== tab.id)]);
}

async function forget(tabId: number): Promise<void> {
  const list = await load();
  if (list.includes(tabId)) await save(list.filter((id) => id !== tabId));
}

/** The context tab's id, or null when no web page is open. */
export async function contextTabId(): Promise<number | null> {
  for (const id of [...(await load())]) {
    // A tab closed since is no context any more: forgotten below.
    const tab = await browser.tabs.get(id).catch(() => undefined);
    if (isCandidate(tab)) return tab.id;
    await forget(id);
  }
  // Nothing remembered (a fresh start, or the extension was just updated): the web page used last.
  const tabs = (await browser.tabs.query({}).catch(logged('listing the tabs to find the context'))) ?? [];
  const [latest] = tabs.filter(isCandidate).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  if (!latest) return null;
  await consider(latest);
  return latest.id;
}

/** Registered synchronously at start, so a service worker woken by one of these events still gets it. */
export function trackContextTab(): void {
  browser.tabs.onActivated.addListener(({ tabId }) => {
    void browser.tabs.get(tabId).then(consider, () => undefined);
  });
  browser.windows.onFocusChanged.addListener((windowId) => {
    if (windowId === browser.windows.WINDOW_ID_NONE) return;
    void browser.tabs.query({ active: true, windowId }).then(
      ([tab]) => consider(tab),
      () => undefined,
    );
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // The context tab showed another page (a new talk, a reload): pages showing "Now watching" are told.
    if (tabId === recent?.[0] && (change.url || change.status === 'complete' || change.title)) contextChanged();
    if (!tab.active || !(change.url || change.status === 'complete')) return;
    void browser.windows.getLastFocused().then(
      (win) => (win.id === tab.windowId ? consider(tab) : undefined),
      () => undefined,
    );
  });
  browser.tabs.onRemoved.addListener((tabId) => void forget(tabId));
}
