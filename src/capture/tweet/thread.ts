/**
 * Status pages (`/handle/status/id`): the tweet the page shows and the author's thread under it. X lists the
 * conversation as one column of tweets: ancestors, the page's tweet, then replies, the author's own replies
 * continuing the thread first. The thread is the page's tweet plus the author's consecutive self-replies after
 * it; it ends at the first tweet by anyone else (or an ad, or a reply we cannot read).
 */
import type { Tweet } from '../../model/types';
import { isPromoted, parseTweet, tweetId } from './parse-tweet';
import { STATUS_PATH, TWEET } from './selectors';

/** The status id of a status page's URL, or null for other pages. */
export function statusIdOf(pageUrl: string): string | null {
  try {
    return STATUS_PATH.exec(new URL(pageUrl).pathname)?.[2] ?? null;
  } catch {
    return null;
  }
}

/** The article of the tweet a status page shows. */
export function focalArticle(root: ParentNode, pageUrl: string): Element | null {
  const id = statusIdOf(pageUrl);
  if (!id) return null;
  return [...root.querySelectorAll(TWEET)].find((a) => tweetId(a, pageUrl) === id) ?? null;
}

export function pageTweet(root: ParentNode, pageUrl: string): Tweet | null {
  const article = focalArticle(root, pageUrl);
  return article && !isPromoted(article) ? parseTweet(article, pageUrl) : null;
}

/** The self-replies that follow the page's tweet, as far as they are loaded. */
export function selfReplies(root: ParentNode, pageUrl: string, head: Tweet): Tweet[] {
  const articles = [...root.querySelectorAll(TWEET)];
  const start = articles.findIndex((a) => tweetId(a, pageUrl) === head.id);
  const replies: Tweet[] = [];
  if (start < 0) return replies;
  for (const article of articles.slice(start + 1)) {
    const reply = isPromoted(article) ? null : parseTweet(article, pageUrl);
    if (!reply || reply.handle.toLowerCase() !== head.handle.toLowerCase()) break;
    replies.push(reply);
  }
  return replies;
}

/** The page's tweet with its thread (`thread` only when there are self-replies). */
export function collectThread(root: ParentNode, pageUrl: string): Tweet | null {
  const head = pageTweet(root, pageUrl);
  if (!head) return null;
  const thread = selfReplies(root, pageUrl, head);
  return thread.length > 0 ? { ...head, thread } : head;
}
