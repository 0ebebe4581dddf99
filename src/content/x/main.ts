/**
 * The X content script (x.com, twitter.com, mobile.twitter.com). X navigates in-page, so each URL gets its own
 * AbortSignal: on a URL change (popstate, or noticed by the timeline watch or a once-a-second check, which also
 * sees X render or replace its column) the page's observer and buttons are removed and set up again. Every entry
 * point is guarded: nothing throws into the page, and once the extension is reloaded or removed the script removes its buttons and stops. Kept tiny: no UI framework, no
 * polyfill (see src/content/runtime.ts), and no parsing: a clip sends the tweet's markup, which the background reads.
 */
import { isPromoted } from '../../capture/tweet/permalink';
import { TIMELINE, TWEET } from '../../capture/tweet/selectors';
import { extensionAlive, onRequest } from '../runtime';
import { isOurButton } from './clip-button';
import { addButtons, markClipped } from './clipper';
import { captureOf, pageArticles } from './page-capture';
import { watchTimeline } from './timeline-watch';

const life = new AbortController();
let page: AbortController | null = null;
let armedUrl = '';
let root: Element | null = null;
let pointed: Element | null = null;

const removeButtons = () =>
  document.querySelectorAll('[data-confnotes]').forEach((host) => {
    if (isOurButton(host)) host.remove();
  });

function stop(): void {
  life.abort();
  removeButtons();
}

function onError(): void {
  if (!extensionAlive()) stop();
}

/** Runs `fn` unless the extension is gone; never lets an exception reach the page. */
function guarded<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      if (!extensionAlive()) stop();
      else fn(...args);
    } catch {
      onError();
    }
  };
}

function arm(): void {
  page?.abort();
  page = new AbortController();
  armedUrl = location.href;
  removeButtons();
  const signal = page.signal;
  root = watchTimeline(
    document,
    signal,
    guarded((articles: Element[]) => {
      if (!rearmIfMoved()) addButtons(articles, signal, onError);
    }),
  );
}

/** Re-arms when the URL changed, or X rendered or replaced the column; true when it did. */
function rearmIfMoved(): boolean {
  if (location.href === armedUrl && (root ? root.isConnected : !document.querySelector(TIMELINE))) return false;
  arm();
  return true;
}

life.signal.addEventListener('abort', () => page?.abort(), { once: true });
addEventListener('popstate', guarded(arm), { signal: life.signal });
document.addEventListener(
  'contextmenu',
  (event) => {
    pointed = event.target instanceof Element ? event.target : null;
  },
  { capture: true, signal: life.signal },
);
const timer = setInterval(guarded(rearmIfMoved), 1000);
life.signal.addEventListener('abort', () => clearInterval(timer), { once: true });

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
  life.signal,
  () => {
    if (!extensionAlive()) stop();
  },
);

guarded(arm)();
