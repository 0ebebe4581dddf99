/**
 * What the three post sites' scripts (X, Bluesky, Mastodon) do alike, written once: each URL gets its own
 * AbortSignal from the page lifecycle (these sites navigate in-page and have no navigation events of their own, so
 * a URL change is heard on popstate, or noticed by the column watch or a once-a-second check, which also sees the
 * site render or replace its column); on each page the column is watched and every post gets its button; the post
 * under the pointer is remembered for the context menu. Every entry point is guarded: nothing throws into the page,
 * and once the extension is reloaded or removed the script removes its buttons and stops.
 */
import { isOurButton } from './clip-button';
import { watchColumn } from './column-watch';
import { startLifecycle, type Lifecycle } from './lifecycle';
import { extensionAlive, onRequest, type ContentAnswers } from './runtime';

/**
 * Runs a site's script: `column` holds the posts (found again after the site replaces it), each `post` gets its
 * buttons from `addButtons`, and the background's requests get `answers`, given the element the context menu was
 * last opened on (while it is in the page). Arguments rather than an options object: each script has about 10 KB.
 */
export function runClipSite(
  column: string,
  post: string,
  addButtons: (posts: Element[], signal: AbortSignal, stopIfGone: () => void) => void,
  answers: (pointed: () => Element | null, lifecycle: Lifecycle) => ContentAnswers,
): Lifecycle {
  let root: Element | null = null;
  let pointed: Element | null = null;

  const removeButtons = () =>
    document.querySelectorAll('[data-confnotes]').forEach((host) => {
      if (isOurButton(host)) host.remove();
    });
  /** Once the extension is gone the script stops for good, and takes its buttons with it. */
  const stopIfGone = () => {
    if (!extensionAlive()) lifecycle.stop();
  };
  /** Runs `fn` unless the extension is gone; never lets an exception reach the page. */
  const guarded =
    <A extends unknown[]>(fn: (...args: A) => void) =>
    (...args: A) => {
      try {
        if (!extensionAlive()) lifecycle.stop();
        else fn(...args);
      } catch {
        // Never thrown into the page: the extension went away mid-call (the script stops), or a post's markup is
        // one we cannot read (it gets no button).
        stopIfGone();
      }
    };
  /** Re-arms when the URL changed, or the site rendered or replaced the column; true when it did. */
  const rearmIfMoved = () => lifecycle.checkUrl(root ? !root.isConnected : !!document.querySelector(column));

  const lifecycle = startLifecycle({
    doc: document,
    alive: extensionAlive,
    onPage(signal) {
      removeButtons();
      root = watchColumn(
        document,
        { column, post },
        signal,
        guarded((posts: Element[]) => {
          if (!rearmIfMoved()) addButtons(posts, signal, stopIfGone);
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
    answers(() => (pointed?.isConnected ? pointed : null), lifecycle),
    lifecycle.signal,
    stopIfGone,
  );
  return lifecycle;
}
