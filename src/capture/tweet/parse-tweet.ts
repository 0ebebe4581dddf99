/**
 * One tweet's markup (an ElementNode tree: a snapshot rebuilt in the background, or a live element in tests) to a
 * Tweet record. Nothing the page showed is lost silently: a part that is there but cannot be read is named in
 * `missing` and the tweet marked incomplete.
 */
import { statusUrl, tweetTime } from '../../model/tweet';
import type { Post, PostPartName } from '../../model/types';
import { first, readableText, type ElementNode } from './node';
import { parseArticle } from './parse-article';
import { parseCards } from './parse-card';
import { parseMedia } from './parse-media';
import { parseTweetText } from './parse-text';
import { permalink, quoteBlock } from './permalink';
import { SHOW_MORE, TEXT, TIME, USER_NAME } from './selectors';

/** The whole tweet, or null when it has no status id. `base` is the page's URL (for relative links). */
export function parseTweet(article: ElementNode, base: string): Post | null {
  const quote = quoteBlock(article);
  const tweet = readTweet(article, quote, base, false);
  if (!tweet?.id) return null;
  if (quote) {
    const quoted = readTweet(quote, null, base, true);
    if (quoted) tweet.quoted = quoted;
    else markMissing(tweet, ['quote']);
  }
  return tweet;
}

function markMissing(tweet: Post, parts: PostPartName[]): void {
  if (parts.length === 0) return;
  tweet.incomplete = true;
  tweet.missing = [...new Set([...(tweet.missing ?? []), ...parts])];
}

/**
 * The parts of one tweet block, leaving out `exclude` (its quoted tweet). A quoted tweet often has no time link:
 * its id then comes from its photos' links, and without those its id and url are '' and it is marked incomplete.
 */
function readTweet(root: ElementNode, exclude: ElementNode | null, base: string, isQuote: boolean): Post | null {
  const skip = (el: ElementNode) => el === exclude;
  const link = permalink(root, exclude, base, isQuote);
  const name = first(root, USER_NAME, skip);
  const author = name ? readAuthor(name) : { authorName: '', handle: '' };
  const handle = author.handle || link?.handle || '';
  const url = link ? (statusUrl(handle, link.id) ?? statusUrl(link.handle, link.id) ?? '') : '';
  const textEl = first(root, TEXT, skip);
  const text = textEl ? parseTweetText(textEl, base, link?.id) : { parts: [], truncated: false };
  const media = parseMedia(root, skip, base, url);
  const cards = parseCards(root, skip, base);
  const article = parseArticle(root, skip, base);
  const time = first(root, TIME, skip)?.getAttribute('datetime') ?? '';
  const lang = textEl?.getAttribute('lang') ?? '';
  if (!link && !handle && text.parts.length === 0) return null;
  const tweet: Post = {
    network: 'x',
    id: link?.id ?? '',
    url,
    authorName: author.authorName,
    handle,
    parts: text.parts,
    time: tweetTime(time),
    lang: /^[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*$/.test(lang) ? lang : '',
    media: [...media, ...cards.cards],
  };
  if (cards.poll) tweet.poll = cards.poll;
  if (article?.title) tweet.article = article;
  const missing: PostPartName[] = [...cards.unreadable];
  if (!author.authorName || !author.handle) missing.push('author');
  if (!tweet.time) missing.push('time');
  if (text.truncated || first(root, SHOW_MORE, skip)) missing.push(article ? 'article' : 'text');
  if (article && !article.title) missing.push('article');
  if (media.some((m) => m.unloaded)) missing.push('photo');
  if (text.parts.length === 0 && tweet.media.length === 0 && !tweet.poll && !article) missing.push('text');
  markMissing(tweet, missing);
  if (!link) tweet.incomplete = true;
  return tweet;
}

/** Display name (with its emoji) and handle: the innermost `[dir]` pieces of `User-Name`, in order. */
function readAuthor(el: ElementNode): { authorName: string; handle: string } {
  let authorName = '';
  let handle = '';
  const pieces: ElementNode[] = [];
  const walk = (node: ElementNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType !== 1) continue;
      const c = child as ElementNode;
      if (c.getAttribute('dir') !== null) pieces.push(c);
      walk(c);
    }
  };
  walk(el);
  for (const piece of pieces) {
    if (pieces.some((p) => p !== piece && isInside(p, piece)) || first(piece, TIME)) continue;
    const text = readableText(piece).trim();
    const at = /^@([A-Za-z0-9_]{1,15})$/.exec(text);
    if (at && !handle) handle = at[1]!;
    else if (!at && text && text !== '·' && !authorName) authorName = text;
  }
  return { authorName, handle };
}

function isInside(inner: ElementNode, outer: ElementNode): boolean {
  for (let at = inner.parentElement; at; at = at.parentElement) if (at === outer) return true;
  return false;
}
