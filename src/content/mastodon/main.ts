/**
 * The Mastodon content script, run only on the instances the user enabled (registered per origin by the
 * background, src/background/mastodon-instances.ts). Mastodon's web interface navigates in-page, so each URL gets
 * its own AbortSignal from the page lifecycle the X and YouTube scripts run on too (src/content/lifecycle.ts).
 * Every entry point is guarded: nothing throws into the page, and once the extension is reloaded or removed, or the
 * user removes the instance, the script removes its buttons and stops. No parsing here: a clip sends the post's
 * markup, which the background reads.
 */
import { APP_ROOT, POST } from '../../capture/mastodon/selectors';
import { startLifecycle } from '../lifecycle';
import { extensionAlive, onRequest } from '../runtime';
import { isOurButton } from '../clip-button';
import { addButtons, markClipped, postAt } from './clipper';
import { captureOf, pagePosts } from './page-capture';
import { watchColumn } from '../column-watch';

/** Set once per page: enabling an instance runs the script in its open tabs, which may already have it. */
const RUNNING = Symbol.for('confnotes.mastodon');
const scope = globalThis as { [RUNNING]?: () => boolean };

if (!scope[RUNNING]?.()) start();

function start(): void {
  let root: Element | null = null;
  let pointed: Element | null = null;

  const removeButtons = () =>
    document.querySelectorAll('[data-confnotes]').forEach((host) => {
      if (isOurButton(host)) host.remove();
    });
  const stopIfGone = () => {
    if (!extensionAlive()) lifecycle.stop();
  };
  function guarded<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
    return (...args) => {
      try {
        if (!extensionAlive()) lifecycle.stop();
        else fn(...args);
      } catch {
        // Never thrown into the page: the extension went away mid-call (the script stops), or a post's markup is
        // one we cannot read (it gets no button).
        stopIfGone();
      }
    };
  }
  /** Re-arms when the URL changed, or the app's root was replaced; true when it did. */
  const rearmIfMoved = () => lifecycle.checkUrl(root ? !root.isConnected : !!document.querySelector(APP_ROOT));

  const lifecycle = startLifecycle({
    doc: document,
    alive: extensionAlive,
    onPage(signal) {
      removeButtons();
      root = watchColumn(
        document,
        { column: APP_ROOT, post: POST },
        signal,
        guarded((posts: Element[]) => {
          if (!rearmIfMoved()) addButtons(posts, signal, stopIfGone);
        }),
      );
    },
  });
  scope[RUNNING] = () => !lifecycle.signal.aborted && extensionAlive();
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
      'mastodon/at-point': () => {
        const post = postAt(pointed);
        return Promise.resolve(post ? captureOf([post]) : null);
      },
      'mastodon/page': () => {
        const posts = pagePosts(false);
        return Promise.resolve(posts.length > 0 ? captureOf(posts) : null);
      },
      'mastodon/mark-clipped': (request) => {
        markClipped(request.ids);
        return Promise.resolve({ ok: true });
      },
      'mastodon/stop': () => {
        lifecycle.stop();
        return Promise.resolve({ ok: true });
      },
    },
    lifecycle.signal,
    stopIfGone,
  );
}
