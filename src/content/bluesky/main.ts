/**
 * The Bluesky content script (bsky.app): a "Clip to session" button on every post, run on the page lifecycle the X
 * and Mastodon scripts share (src/content/clip-site.ts). Kept tiny: no UI framework, no polyfill, no parsing (a clip
 * sends the post's markup, which the background reads).
 */
import { runClipSite } from '../clip-site';
import { addButtons, markClipped } from './clipper';
import { captureOf, pageItems, POST } from './page-capture';

runClipSite('main', POST, addButtons, (pointed) => ({
  'bluesky/at-point': () => {
    const item = pointed()?.closest(POST);
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
}));
