/**
 * The X content script (x.com, twitter.com, mobile.twitter.com): a "Clip to session" button on every tweet, run on
 * the page lifecycle the Bluesky and Mastodon scripts share (src/content/clip-site.ts). Kept tiny: no UI framework,
 * no polyfill (see src/content/runtime.ts), and no parsing: a clip sends the tweet's markup, which the background
 * reads.
 */
import { isPromoted } from '../../capture/tweet/permalink';
import { TIMELINE, TWEET } from '../../capture/tweet/selectors';
import { runClipSite } from '../clip-site';
import { addButtons, markClipped } from './clipper';
import { captureOf, pageArticles } from './page-capture';

runClipSite(TIMELINE, TWEET, addButtons, (pointed) => ({
  'tweet/at-point': () => {
    const article = pointed()?.closest(TWEET);
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
}));
