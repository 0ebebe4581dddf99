/**
 * What the content script sends for a tweet: snapshots of its markup (src/capture/tweet/snapshot.ts), parsed in
 * the background. For a status page, the page's tweet and the tweets after it (its thread, if any), up to the
 * first ad.
 */
import type { TweetCapture } from '../../capture/tweet/capture';
import type { ElementNode } from '../../capture/tweet/node';
import { isPromoted, tweetId } from '../../capture/tweet/permalink';
import { TWEET } from '../../capture/tweet/selectors';
import { snapshot } from '../../capture/tweet/snapshot';
import { statusIdOf } from '../../capture/tweet/thread';

const node = (el: Element): ElementNode => el;

export function captureOf(articles: Element[]): TweetCapture {
  return { pageUrl: location.href, articles: articles.map((a) => snapshot(a)) };
}

/** The status page's tweet and the readable tweets after it (at most 40: a thread longer than that is cut). */
export function pageArticles(withFollowing: boolean): Element[] {
  const id = statusIdOf(location.href);
  const articles = [...document.querySelectorAll(TWEET)];
  const at = id ? articles.findIndex((a) => tweetId(node(a), location.href) === id) : -1;
  if (at < 0 || isPromoted(articles[at]!)) return [];
  if (!withFollowing) return [articles[at]!];
  const after = articles.slice(at + 1, at + 41);
  const ad = after.findIndex(isPromoted);
  return [articles[at]!, ...(ad < 0 ? after : after.slice(0, ad))];
}
