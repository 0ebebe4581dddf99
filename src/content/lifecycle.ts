/**
 * YouTube and X navigate in-page: one document lives through many pages. This module gives each page (each URL)
 * its own AbortSignal: on one of the site's navigation events, `popstate`, or a change noticed later, the previous
 * page's listeners are aborted before the next page's are added, so nothing doubles however long the tab lives.
 * Once the extension is gone (reloaded or updated under the page), everything is removed and nothing throws.
 * Both content scripts run on it.
 */

export interface Lifecycle {
  /** Aborted when the script stops for good. */
  signal: AbortSignal;
  /**
   * Re-arms if the URL changed without an event (a history call the site made silently), or at once with `force`
   * (the site replaced what the page's listeners watch); true when it did. Nothing once stopped.
   */
  checkUrl: (force?: boolean) => boolean;
  /** Removes every listener for good. */
  stop: () => void;
}

export function startLifecycle(options: {
  doc: Document;
  alive: () => boolean;
  /** The site's own events after an in-page navigation (dispatched on `document`). */
  navigationEvents?: readonly string[];
  /** Sets up one page; everything it adds must be tied to `signal`. */
  onPage: (signal: AbortSignal, url: string) => void;
}): Lifecycle {
  const { doc, alive, onPage, navigationEvents = [] } = options;
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
      // Never thrown into the page: a page we cannot read is left alone, and the next navigation tries again.
    }
  };

  life.signal.addEventListener('abort', () => page?.abort(), { once: true });
  for (const type of navigationEvents) doc.addEventListener(type, arm, { signal: life.signal });
  doc.defaultView?.addEventListener('popstate', arm, { signal: life.signal });
  arm();
  return {
    signal: life.signal,
    checkUrl(force) {
      if (life.signal.aborted || (!force && doc.location.href === armedUrl)) return false;
      arm();
      return true;
    },
    stop: () => life.abort(),
  };
}
