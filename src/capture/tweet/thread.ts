/**
 * Status pages (`/handle/status/id`): the tweet the page shows and the author's thread under it. X lists the
 * conversation as one column of tweets: ancestors, the page's tweet, then replies, the author's own replies
 * continuing the thread first. The content script sends the page's tweet and the tweets after it (stopping at an
 * ad); the thread is the page's tweet plus the author's consecutive self-replies, ending at the first tweet by
 * anyone else (or one we cannot read).
 */
import type { Post } from '../../model/types';
import type { ElementNode } from './node';
import { parseTweet } from './parse-tweet';
import { STATUS_PATH } from './selectors';

/** The status id of a status page's URL, or null for other pages. */
export function statusIdOf(pageUrl: string): string | null {
  try {
    return STATUS_PATH.exec(new URL(pageUrl).pathname)?.[2] ?? null;
  } catch {
    return null; // no address: not a status page
  }
}

/** `articles[0]` with the self-replies among the rest (`thread` only when there are some). */
export function collectThread(articles: ElementNode[], pageUrl: string): Post | null {
  const [focal, ...rest] = articles;
  const head = focal ? parseTweet(focal, pageUrl) : null;
  if (!head) return null;
  const thread: Post[] = [];
  for (const article of rest) {
    const reply = parseTweet(article, pageUrl);
    if (!reply || reply.handle.toLowerCase() !== head.handle.toLowerCase()) break;
    thread.push(reply);
  }
  return thread.length > 0 ? { ...head, thread } : head;
}
