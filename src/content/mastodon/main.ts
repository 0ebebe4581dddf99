/**
 * The Mastodon content script, run only on the instances the user enabled (registered per origin by the
 * background, src/background/mastodon-instances.ts): a "Clip to session" button on every post, run on the page
 * lifecycle the X and Bluesky scripts share (src/content/clip-site.ts). It also stops when the user removes the
 * instance. No parsing here: a clip sends the post's markup, which the background reads.
 */
import { APP_ROOT, POST } from '../../capture/mastodon/selectors';
import { extensionAlive } from '../runtime';
import { runClipSite } from '../clip-site';
import { addButtons, markClipped, postAt } from './clipper';
import { captureOf, pagePosts } from './page-capture';

/** Set once per page: enabling an instance runs the script in its open tabs, which may already have it. */
const RUNNING = Symbol.for('confnotes.mastodon');
const scope = globalThis as { [RUNNING]?: () => boolean };

if (!scope[RUNNING]?.()) start();

function start(): void {
  const lifecycle = runClipSite(APP_ROOT, POST, addButtons, (pointed, { stop }) => ({
    'mastodon/at-point': () => {
      const post = postAt(pointed());
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
      stop();
      return Promise.resolve({ ok: true });
    },
  }));
  scope[RUNNING] = () => !lifecycle.signal.aborted && extensionAlive();
}
