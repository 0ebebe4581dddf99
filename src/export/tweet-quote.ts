/**
 * A tweet as a plain Markdown quote, the other choice to Twitter's embed markup:
 *
 *   > text with [#Tag](https://twitter.com/hashtag/Tag?src=hash) and a line break\
 *   > second line
 *   >
 *   > — Name (@handle) [September 20, 2018](https://twitter.com/handle/status/ID)
 *
 * Captured text is Markdown-escaped; links are built only from checked handles, tags and http(s) URLs. An X
 * Article's linked title and first paragraph, a poll's choices (a list), photos, videos and cards (links) follow
 * the text; a quoted tweet is a nested quote, a thread one quote per tweet.
 */
import { NETWORK_NAMES } from '../model/post';
import { tweetDate } from '../model/tweet';
import type { Post, PostPart } from '../model/types';
import { escapeMarkdownInline, markdownLines, oneLine, markdownUrl } from './escape';
import type { Links } from './links';
import { articleLead, incompleteNote, mediaLinks, pollLines } from './tweet-extras';
import { entityUrl, threadOf, tweetUrl, withoutRef } from './tweet-common';

function partMarkdown(post: Post, part: PostPart, links: Links): string {
  // A reader of the Markdown gets the link's real address rather than t.co's.
  const href = part.type === 'url' ? (markdownUrl(part.expanded) ?? markdownUrl(part.href)) : entityUrl(post, part);
  if (!href || !oneLine(part.text)) return escapeMarkdownInline(part.text);
  return links.link(escapeMarkdownInline(oneLine(part.text)), withoutRef(href));
}

/** The quote's lines without the `> ` prefix; a quoted tweet comes back nested. */
function quoteLines(tweet: Post, links: Links): string[] {
  // A content warning comes first, as the site shows it before the text.
  const lines = tweet.warning ? [`**Content warning: ${escapeMarkdownInline(oneLine(tweet.warning))}**`] : [];
  const add = (line: string) => lines.push(...(lines.length > 0 ? ['', line] : [line]));
  const text = markdownLines(tweet.parts.map((p) => partMarkdown(tweet, p, links)).join(''));
  if (text.length > 0) add(text[0]!);
  lines.push(...text.slice(1));
  const article = articleLead(tweet);
  if (article) {
    const title = escapeMarkdownInline(oneLine(article.title));
    add(article.href ? `**${links.link(title, article.href)}**` : `**${title}**`);
    if (article.lead) lines.push(...markdownLines(escapeMarkdownInline(article.lead)).flatMap((l) => ['', l]));
  }
  const poll = pollLines(tweet);
  if (poll) {
    add(`- ${escapeMarkdownInline(oneLine(poll.options[0] ?? ''))}`);
    for (const option of poll.options.slice(1)) lines.push(`- ${escapeMarkdownInline(oneLine(option))}`);
    if (poll.footer) add(escapeMarkdownInline(oneLine(poll.footer)));
  }
  for (const media of mediaLinks(tweet)) add(links.link(escapeMarkdownInline(oneLine(media.label)), media.href));
  const note = incompleteNote(tweet);
  if (note) add(`*${escapeMarkdownInline(note)}*`);
  const url = tweetUrl(tweet);
  const date = tweetDate(tweet.time);
  const who = `${escapeMarkdownInline(oneLine(tweet.authorName))}${tweet.handle ? ` (@${escapeMarkdownInline(oneLine(tweet.handle))})` : ''}`;
  const when = url
    ? ` ${links.link(escapeMarkdownInline(date || `on ${NETWORK_NAMES[tweet.network]}`), withoutRef(url), `${tweet.handle} ${date || (tweet.network === 'x' ? 'tweet' : 'post')}`)}`
    : date
      ? ` ${date}`
      : '';
  add(`— ${who}${when}`);
  if (tweet.quoted) lines.push('', ...quoteLines(tweet.quoted, links).map((l) => (l ? `> ${l}` : '>')));
  return lines;
}

/** Markdown blocks: one blockquote per tweet of the thread. */
export function renderTweetQuote(tweet: Post, links: Links): string[] {
  return threadOf(tweet).map((t) =>
    quoteLines(t, links)
      .map((l) => (l ? `> ${l}` : '>'))
      .join('\n'),
  );
}
