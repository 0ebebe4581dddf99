/**
 * One `article[data-testid="tweet"]` (or a quoted-tweet block inside one) to a `Tweet`. Pure: DOM in, plain data
 * out; runs in the content script and under jsdom in tests.
 *
 * Invariants: every string is plain text; every URL is http(s) and either built by us (the permalink) or read from
 * an href/src; a tweet with no readable status id gives null (no button: it could not be deduplicated or linked);
 * anything else missing gives what was read plus `incomplete: true`.
 */
import type { Tweet } from '../../model/types';
import { own, readableText, resolveUrl } from './dom-text';
import { parseMedia } from './parse-media';
import { parseTweetText } from './parse-text';
import { AD_LABELS, AD_WRAPPER, QUOTE, SHOW_MORE, STATUS_PATH, TEXT, TIME, USER_NAME, X_HOSTS } from './selectors';

/** The quoted-tweet block of a tweet, if it has one. */
export function quoteBlock(article: Element): Element | null {
  return article.querySelector(`${QUOTE} ${USER_NAME}`)?.closest(QUOTE) ?? null;
}

/** The status id and handle from the tweet's own time link, without parsing the rest (cheap: used per tweet). */
export function permalink(root: Element, quote: Element | null, base: string): { id: string; handle: string } | null {
  const link = own(root, TIME, quote)?.closest('a');
  const url = link && root.contains(link) ? resolveUrl(link.getAttribute('href'), base) : null;
  const match = url && X_HOSTS.test(url.hostname) ? STATUS_PATH.exec(url.pathname) : null;
  return match ? { handle: match[1]!, id: match[2]! } : null;
}

export function tweetId(article: Element, base: string): string | null {
  return permalink(article, quoteBlock(article), base)?.id ?? null;
}

/** A promoted tweet: inside X's ad wrapper, or labelled "Ad"/"Promoted" outside its text and name. */
export function isPromoted(article: Element): boolean {
  if (article.closest(AD_WRAPPER)) return true;
  for (const span of article.querySelectorAll('span')) {
    if (span.childElementCount === 0 && AD_LABELS.test((span.textContent ?? '').trim())
      && !span.closest(`${TEXT}, ${USER_NAME}`)) return true;
  }
  return false;
}

/** The whole tweet, or null when it has no status id. `base` is the page's URL (for relative links). */
export function parseTweet(article: Element, base: string): Tweet | null {
  const quote = quoteBlock(article);
  const tweet = readTweet(article, quote, base);
  if (!tweet?.id) return null;
  if (quote) {
    const quoted = readTweet(quote, null, base);
    if (quoted) tweet.quoted = quoted;
    else tweet.incomplete = true;
  }
  return tweet;
}

/**
 * The parts of one tweet block, leaving out `exclude` (its quoted tweet). A quoted tweet often has no permalink
 * on X: then its id and url are '' and it is marked incomplete.
 */
function readTweet(root: Element, exclude: Element | null, base: string): Tweet | null {
  const link = permalink(root, exclude, base);
  const name = own(root, USER_NAME, exclude);
  const author = name ? readAuthor(name) : { authorName: '', handle: '' };
  const handle = author.handle || link?.handle || '';
  const textEl = own(root, TEXT, exclude);
  const parts = textEl ? parseTweetText(textEl, base) : [];
  const media = parseMedia(root, exclude, base);
  const time = own(root, TIME, exclude)?.getAttribute('datetime') ?? '';
  const lang = textEl?.getAttribute('lang') ?? '';
  if (!link && !handle && parts.length === 0) return null;
  const tweet: Tweet = {
    id: link?.id ?? '',
    url: link ? `https://x.com/${handle}/status/${link.id}` : '',
    authorName: author.authorName,
    handle,
    parts,
    time: isIsoTime(time) ? new Date(time).toISOString() : '',
    lang: /^[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*$/.test(lang) ? lang : '',
    media,
  };
  const missing = !link || !author.authorName || !author.handle || !tweet.time
    || (parts.length === 0 && media.length === 0) || !!own(root, SHOW_MORE, exclude);
  if (missing) tweet.incomplete = true;
  return tweet;
}

/** Display name (with its emoji) and handle: the innermost `[dir]` pieces of `User-Name`, in order. */
function readAuthor(el: Element): { authorName: string; handle: string } {
  let authorName = '';
  let handle = '';
  for (const piece of el.querySelectorAll('[dir]')) {
    if (piece.querySelector('[dir]') || piece.querySelector('time')) continue;
    const text = readableText(piece).trim();
    const at = /^@([A-Za-z0-9_]{1,15})$/.exec(text);
    if (at && !handle) handle = at[1]!;
    else if (!at && text && text !== '·' && !authorName) authorName = text;
  }
  return { authorName, handle };
}

function isIsoTime(value: string): boolean {
  return /^\d{4}-\d\d-\d\dT/.test(value) && Date.parse(value) > 0;
}
