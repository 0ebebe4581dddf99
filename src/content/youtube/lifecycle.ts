/**
 * YouTube navigates in-page: one document lives through many talks. This module gives each page (each URL) its
 * own AbortSignal: on `yt-navigate-finish`, `popstate`, or a URL change noticed later, the previous page's
 * listeners are aborted before the next page's are added, so nothing doubles however long the tab lives.
 * Once the extension is gone (reloaded or updated under the page), everything is removed and nothing throws.
 */

/** YouTube's own events after an in-page navigation (dispatched on `document`). */
export const NAVIGATION_EVENTS = ['yt-navigate-finish', 'yt-page-data-updated'] as const;

export interface Lifecycle {
  /** Aborted when the script stops for good. */
  signal: AbortSignal;
  /** Re-arms if the URL changed without an event (a history call YouTube made silently). */
  checkUrl: () => void;
  /** Removes every listener for good. */
  stop: () => void;
}

export function startLifecycle(options: {
  doc: Document;
  alive: () => boolean;
  /** Sets up one page; everything it adds must be tied to `signal`. */
  onPage: (signal: AbortSignal, url: string) => void;
}): Lifecycle {
  const { doc, alive, onPage } = options;
  const life = new AbortController();
  let page: AbortController | null = null;
  let armedUrl = '';

  const arm = () => {
    if (!alive()) {
      life.abort();
      return;
    }
    page?.abort();
    page = new AbortController();
    armedUrl = doc.location.href;
    try {
      onPage(page.signal, armedUrl);
    } catch {
      // A page we cannot read is left alone; the next navigation tries again.
    }
  };

  life.signal.addEventListener('abort', () => page?.abort(), { once: true });
  for (const type of NAVIGATION_EVENTS) doc.addEventListener(type, arm, { signal: life.signal });
  doc.defaultView?.addEventListener('popstate', arm, { signal: life.signal });
  arm();
  return {
    signal: life.signal,
    checkUrl() {
      if (!life.signal.aborted && doc.location.href !== armedUrl) arm();
    },
    stop: () => life.abort(),
  };
}
