/**
 * What the content script sends for a tweet: snapshots of its markup (src/capture/tweet/snapshot.ts), parsed in
 * the background. For a thread, the page's tweet and its author's tweets after it.
 */
import type { TweetCapture } from '../../capture/tweet/capture';
import type { ElementNode } from '../../capture/tweet/node';
import { isPromoted, permalink, quoteBlock, tweetId } from '../../capture/tweet/permalink';
import { TWEET } from '../../capture/tweet/selectors';
import { snapshot } from '../../capture/tweet/snapshot';
import { statusIdOf } from '../../capture/tweet/thread';

const node = (el: Element): ElementNode => el;

export function captureOf(articles: Element[]): TweetCapture {
  return { pageUrl: location.href, articles: articles.map((a) => snapshot(a)) };
}

const authorOf = (a: Element) => permalink(node(a), quoteBlock(node(a)), location.href)?.handle.toLowerCase();

/**
 * The status page's tweet and, for a thread, the tweets after it by the same author (at most 40: a thread longer
 * than that is cut), up to the first by anyone else or an ad. The background reads the thread from these.
 */
export function pageArticles(withFollowing: boolean): Element[] {
  const id = statusIdOf(location.href);
  const articles = [...document.querySelectorAll(TWEET)];
  const at = id ? articles.findIndex((a) => tweetId(node(a), location.href) === id) : -1;
  const focal = articles[at];
  if (!focal || isPromoted(focal)) return [];
  const thread = [focal];
  for (const next of withFollowing ? articles.slice(at + 1, at + 41) : []) {
    if (isPromoted(next) || authorOf(next) !== authorOf(focal)) break;
    thread.push(next);
  }
  return thread;
}
