/**
 * Opening the workspace: Chrome's side panel or Firefox's sidebar. Both APIs only work inside a user gesture, so
 * `openWorkspace` calls them before any `await`: call it straight from a click handler, with the window id
 * looked up beforehand (`currentWindowId`). With ./browser-name.ts, the only code that knows which browser it runs in.
 */
import browser from 'webextension-polyfill';
import { targetBrowser } from './browser-name';

interface ChromeSidePanel {
  open: (options: { windowId: number }) => Promise<void>;
}
interface FirefoxSidebar {
  open: () => Promise<void>;
}

const target = targetBrowser;

function sidePanel(): ChromeSidePanel | undefined {
  return (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
}

function sidebar(): FirefoxSidebar | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
}

/** The window a page lives in; pages look it up on load so that a later click can open the panel at once. */
export async function currentWindowId(): Promise<number | undefined> {
  try {
    return (await browser.windows.getCurrent()).id;
  } catch {
    return undefined; // no windows API (Firefox for Android): the panel then opens without a window id
  }
}

/** Opens the workspace; resolves false (never throws) when this browser or moment does not allow it. */
export function openWorkspace(windowId: number | undefined): Promise<boolean> {
  try {
    if (target === 'firefox') {
      const api = sidebar();
      return api
        ? api.open().then(
            () => true,
            () => false,
          )
        : Promise.resolve(false);
    }
    const api = sidePanel();
    if (!api || windowId === undefined) return Promise.resolve(false);
    return api.open({ windowId }).then(
      () => true,
      () => false,
    );
  } catch {
    // Chrome throws when the call is not in a user gesture: false, and the caller says how to open it instead.
    return Promise.resolve(false);
  }
}
