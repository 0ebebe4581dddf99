/**
 * A tweet as Twitter's embed code (what "Embed Tweet" gives, without the widgets.js script tag), which blog
 * engines turn into a real embedded tweet:
 *
 *   <blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">text <a href="…">#Tag</a></p>&mdash;
 *   Name (@handle) <a href="https://twitter.com/handle/status/ID?ref_src=twsrc%5Etfw">September 20, 2018</a></blockquote>
 *
 * It is a Markdown HTML block, which ends at the first blank line: so the markup is one line, with line breaks
 * as `<br>`. Every captured string is HTML-escaped; only links built here (from checked handles, tags and http(s)
 * URLs) are links. A quoted tweet follows as its own embed; a thread is one embed per tweet, in order.
 */
import { tweetDate } from '../model/tweet';
import type { Post, PostPart } from '../model/types';
import { escapeHtml, oneLine, markdownUrl } from './escape';
import { articleLead, incompleteNote, mediaLinks, pollLines } from './tweet-extras';
import { entityUrl, langAttr, plainText, textDirection, threadOf, tweetUrl } from './tweet-common';

export function anchor(href: string, text: string): string {
  return `<a href="${escapeHtml(href)}">${text}</a>`;
}

/** A part of a post's text as the embeds write it; used by every network's embed (src/export/post-embed.ts). */
export function partHtml(post: Post, part: PostPart): string {
  const text = escapeHtml(part.text).replace(/\n/g, '<br>');
  // Twitter's embed links the t.co address, as it does; other networks' links are the real address.
  const href = part.type === 'url' ? (markdownUrl(part.href) ?? markdownUrl(part.expanded)) : entityUrl(post, part);
  return href ? anchor(href, text) : text;
}

/**
 * After the text, inside its paragraph as Twitter's own embeds put a photo's `pic.twitter.com` link: a link per
 * photo, video and card. An article's linked title and first paragraph, and a poll's choices, come as their own
 * paragraph and list.
 */
export function extrasHtml(tweet: Post): { inline: string; after: string } {
  const inline = mediaLinks(tweet)
    .map((m) => anchor(m.href, escapeHtml(m.label)))
    .join(' ');
  let after = '';
  const article = articleLead(tweet);
  if (article) {
    const title = escapeHtml(article.title);
    after += `<p>${article.href ? anchor(article.href, title) : title}${article.lead ? `<br>${escapeHtml(article.lead).replace(/\n/g, '<br>')}` : ''}</p>`;
  }
  const poll = pollLines(tweet);
  if (poll) {
    after += `<ul>${poll.options.map((o) => `<li>${escapeHtml(o)}</li>`).join('')}</ul>`;
    if (poll.footer) after += `<p>${escapeHtml(poll.footer)}</p>`;
  }
  const note = incompleteNote(tweet);
  if (note) after += `<p><em>${escapeHtml(note)}</em></p>`;
  return { inline, after };
}

/** One tweet's `<blockquote class="twitter-tweet">`, on one line. */
export function tweetEmbedBlock(tweet: Post): string {
  const extras = extrasHtml(tweet);
  const text = tweet.parts.map((p) => partHtml(tweet, p)).join('');
  const body = text && extras.inline ? `${text} ${extras.inline}` : text || extras.inline;
  const lang = langAttr(tweet.lang);
  const dir = textDirection(tweet, plainText(tweet));
  const url = tweetUrl(tweet);
  const date = tweetDate(tweet.time);
  // One line each: a blank line inside would end the HTML block and let the rest be read as Markdown.
  const name = escapeHtml(oneLine(tweet.authorName));
  const handle = tweet.handle ? ` (@${escapeHtml(oneLine(tweet.handle))})` : '';
  const link = url ? ` ${anchor(url, escapeHtml(date || url))}` : date ? ` ${escapeHtml(date)}` : '';
  // Without a permalink (X shows most quoted tweets without one) Twitter's script cannot embed it: a plain quote.
  const open = url ? '<blockquote class="twitter-tweet" data-lang="en">' : '<blockquote>';
  return (
    `${open}<p lang="${escapeHtml(lang)}" dir="${dir}">${body}</p>${extras.after}` +
    `&mdash; ${name}${handle}${link}</blockquote>`
  );
}

/** The tweet (and its thread) as embeds, each followed by its quoted tweet; blocks separated by blank lines. */
export function renderTweetEmbed(tweet: Post): string[] {
  const blocks: string[] = [];
  for (const t of threadOf(tweet)) {
    blocks.push(tweetEmbedBlock(t));
    if (t.quoted) blocks.push(tweetEmbedBlock(t.quoted));
  }
  return blocks;
}
