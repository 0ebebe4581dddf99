/**
 * The Bluesky content script (bsky.app). Like X's (src/content/x/main.ts), bsky.app navigates in-page, so each URL
 * gets its own AbortSignal from the shared page lifecycle (src/content/lifecycle.ts): on a URL change (popstate, or
 * noticed by the column watch or a once-a-second check) the page's observer and buttons are removed and set up
 * again. Every entry point is guarded: nothing throws into the page, and once the extension is reloaded or removed
 * the script removes its buttons and stops. Kept tiny: no UI framework, no polyfill, no parsing (a clip sends the
 * post's markup, which the background reads).
 */
import { startLifecycle } from '../lifecycle';
import { extensionAlive, onRequest } from '../runtime';
import { isOurButton } from '../clip-button';
import { watchColumn } from '../column-watch';
import { addButtons, markClipped } from './clipper';
import { captureOf, pageItems, POST } from './page-capture';

const COLUMN = 'main';
let root: Element | null = null;
let pointed: Element | null = null;

const removeButtons = () =>
  document.querySelectorAll('[data-confnotes]').forEach((host) => {
    if (isOurButton(host)) host.remove();
  });

/** Once the extension is gone the script stops for good, and takes its buttons with it. */
function stopIfGone(): void {
  if (!extensionAlive()) lifecycle.stop();
}

/** Runs `fn` unless the extension is gone; never lets an exception reach the page. */
function guarded<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      if (!extensionAlive()) lifecycle.stop();
      else fn(...args);
    } catch {
      // Never thrown into the page: a failure here means the extension went away mid-call, or bsky.app's markup is
      // one we cannot read; the first stops the script, the second leaves this post without a button.
      stopIfGone();
    }
  };
}

/** Re-arms when the URL changed, or bsky.app rendered or replaced the column; true when it did. */
function rearmIfMoved(): boolean {
  return lifecycle.checkUrl(root ? !root.isConnected : !!document.querySelector(COLUMN));
}

const lifecycle = startLifecycle({
  doc: document,
  alive: extensionAlive,
  onPage(signal) {
    removeButtons();
    root = watchColumn(
      document,
      { column: COLUMN, post: POST },
      signal,
      guarded((items: Element[]) => {
        if (!rearmIfMoved()) addButtons(items, signal, stopIfGone);
      }),
    );
  },
});
document.addEventListener(
  'contextmenu',
  (event) => {
    pointed = event.target instanceof Element ? event.target : null;
  },
  { capture: true, signal: lifecycle.signal },
);
const timer = setInterval(guarded(rearmIfMoved), 1000);
lifecycle.signal.addEventListener(
  'abort',
  () => {
    clearInterval(timer);
    removeButtons();
  },
  { once: true },
);

onRequest(
  {
    'bluesky/at-point': () => {
      const item = pointed?.isConnected ? pointed.closest(POST) : null;
      return Promise.resolve(item ? captureOf([item]) : null);
    },
    'bluesky/page': (request) => {
      const items = pageItems(request.thread === true);
      return Promise.resolve(items.length > 0 ? captureOf(items) : null);
    },
    'bluesky/mark-clipped': (request) => {
      markClipped(request.keys);
      return Promise.resolve({ ok: true });
    },
  },
  lifecycle.signal,
  stopIfGone,
);
