/**
 * The X content script (x.com, twitter.com, mobile.twitter.com). X navigates in-page, so each URL gets its own
 * AbortSignal from the page lifecycle YouTube's script runs on too (src/content/lifecycle.ts): on a URL change
 * (popstate, or noticed by the timeline watch or a once-a-second check, which also sees X render or replace its
 * column) the page's observer and buttons are removed and set up again. Every entry point is guarded: nothing
 * throws into the page, and once the extension is reloaded or removed the script removes its buttons and stops.
 * Kept tiny: no UI framework, no polyfill (see src/content/runtime.ts), and no parsing: a clip sends the tweet's
 * markup, which the background reads.
 */
import { isPromoted } from '../../capture/tweet/permalink';
import { TIMELINE, TWEET } from '../../capture/tweet/selectors';
import { startLifecycle } from '../lifecycle';
import { extensionAlive, onRequest } from '../runtime';
import { isOurButton } from '../clip-button';
import { addButtons, markClipped } from './clipper';
import { captureOf, pageArticles } from './page-capture';
import { watchColumn } from '../column-watch';

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
      // Never thrown into the page: a failure here means the extension went away mid-call, or X's markup is one we
      // cannot read; the first stops the script, the second leaves this tweet without a button.
      stopIfGone();
    }
  };
}

/** Re-arms when the URL changed, or X rendered or replaced the column; true when it did. */
function rearmIfMoved(): boolean {
  return lifecycle.checkUrl(root ? !root.isConnected : !!document.querySelector(TIMELINE));
}

// X has no navigation events of its own: a URL change is heard on popstate, or noticed by the timeline watch or
// the once-a-second check.
const lifecycle = startLifecycle({
  doc: document,
  alive: extensionAlive,
  onPage(signal) {
    removeButtons();
    root = watchColumn(
      document,
      { column: TIMELINE, post: TWEET },
      signal,
      guarded((articles: Element[]) => {
        if (!rearmIfMoved()) addButtons(articles, signal, stopIfGone);
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
    'tweet/at-point': () => {
      const article = pointed?.isConnected ? pointed.closest(TWEET) : null;
      return Promise.resolve(article && !isPromoted(article) ? captureOf([article]) : null);
    },
    'tweet/page': () => {
      const articles = pageArticles(false);
      return Promise.resolve(articles.length > 0 ? captureOf(articles) : null);
    },
    'tweet/mark-clipped': (request) => {
      markClipped(request.ids);
      return Promise.resolve({ ok: true });
    },
  },
  lifecycle.signal,
  stopIfGone,
);
