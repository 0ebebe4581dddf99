/**
 * A tweet as a plain Markdown quote, the other choice to Twitter's embed markup:
 *
 *   > text with [#Tag](https://twitter.com/hashtag/Tag?src=hash) and a line break\
 *   > second line
 *   >
 *   > — Name (@handle) [September 20, 2018](https://twitter.com/handle/status/ID)
 *
 * Captured text is Markdown-escaped; links are built only from checked handles, tags and http(s) URLs. Photos and
 * cards become links under the text, a quoted tweet a nested quote, a thread one quote per tweet.
 */
import type { Tweet, TweetPart } from '../model/types';
import { escapeMarkdownInline, markdownLines, oneLine, safeHttpUrl } from './escape';
import type { Links } from './links';
import { cashtagUrl, hashtagUrl, mentionUrl, statusUrl, threadOf, tweetDate, withoutRef } from './tweet-common';

function partMarkdown(part: TweetPart, links: Links): string {
  let href: string | null = null;
  if (part.type === 'url') href = safeHttpUrl(part.expanded) ?? safeHttpUrl(part.href);
  else if (part.type === 'mention') href = mentionUrl(part.handle);
  else if (part.type === 'hashtag') href = hashtagUrl(part.tag);
  else if (part.type === 'cashtag') href = cashtagUrl(part.symbol);
  if (!href || !oneLine(part.text)) return escapeMarkdownInline(part.text);
  return links.link(escapeMarkdownInline(oneLine(part.text)), withoutRef(href));
}

/** The quote's lines without the `> ` prefix; a quoted tweet comes back nested. */
function quoteLines(tweet: Tweet, links: Links): string[] {
  const lines = markdownLines(tweet.parts.map((p) => partMarkdown(p, links)).join(''));
  const add = (line: string) => lines.push(...(lines.length > 0 ? ['', line] : [line]));
  for (const media of tweet.media) {
    const href = safeHttpUrl(media.type === 'card' ? media.href ?? media.url : media.url);
    const label = media.type === 'card' ? oneLine(media.title ?? '') || 'Link' : media.type === 'video' ? 'Video' : 'Photo';
    const alt = media.type !== 'card' && media.alt ? `: ${oneLine(media.alt)}` : '';
    if (href) add(links.link(escapeMarkdownInline(label + alt), href));
  }
  const url = statusUrl(tweet);
  const date = tweetDate(tweet.time);
  const who = `${escapeMarkdownInline(oneLine(tweet.authorName))}${tweet.handle ? ` (@${escapeMarkdownInline(tweet.handle)})` : ''}`;
  const when = url ? ` ${links.link(escapeMarkdownInline(date || 'on X'), withoutRef(url))}` : date ? ` ${date}` : '';
  add(`— ${who}${when}`);
  if (tweet.quoted) lines.push('', ...quoteLines(tweet.quoted, links).map((l) => (l ? `> ${l}` : '>')));
  return lines;
}

/** Markdown blocks: one blockquote per tweet of the thread. */
export function renderTweetQuote(tweet: Tweet, links: Links): string[] {
  return threadOf(tweet).map((t) => quoteLines(t, links).map((l) => (l ? `> ${l}` : '>')).join('\n'));
}
