/**
 * One Mastodon post's markup (an ElementNode tree: a snapshot rebuilt in the background, or a live element in
 * tests) to a Post, with its media and its poll. Nothing the page showed is lost silently: a part that is there but cannot be read is named in
 * `missing` and the post marked incomplete.
 */
import { postTime } from '../../model/post-time';
import type { Post, PostPartName } from '../../model/types';
import { first, readableText, squash, type ElementNode } from '../tweet/node';
import { parseMedia } from './parse-media';
import { parsePoll } from './parse-poll';
import { parseStatusText } from './parse-text';
import { permalink } from './permalink';
import { ACCOUNT, AUTHOR, NAME, OLD_WARNING_BUTTON, POLL, QUOTE, QUOTED_POST, TEXT, TIME, WARNING } from './selectors';

const LANG = /^[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*$/;
/** Mastodon's ids since 2.0 (2017) carry their creation time in ms above their low 16 bits. */
const SNOWFLAKE_SINCE = Date.UTC(2017, 0, 1);

/** The whole post (with its quoted post), or null when it has no permalink. `base` is the page's URL. */
export function parseStatus(post: ElementNode, base: string): Post | null {
  const quote = first(post, QUOTE);
  const parsed = readStatus(post, quote, base);
  if (!parsed) return null;
  const quoted = quote && first(quote, QUOTED_POST);
  if (quoted) {
    const inner = readStatus(quoted, null, base);
    if (inner) parsed.quoted = inner;
    else markMissing(parsed, ['quote']);
  } else if (quote) markMissing(parsed, ['quote']);
  return parsed;
}

function markMissing(post: Post, parts: PostPartName[]): void {
  if (parts.length === 0) return;
  post.incomplete = true;
  post.missing = [...new Set([...(post.missing ?? []), ...parts])];
}

/**
 * The time the page showed: a status's `<time datetime>`; a status page's post shows its date as words in the
 * reader's language, so its time is read from its id (a Snowflake id holds the post's creation time).
 */
function timeOf(root: ElementNode, skip: (el: ElementNode) => boolean, id: string): string {
  const shown = postTime(first(root, TIME, skip)?.getAttribute('datetime') ?? '');
  if (shown || !/^\d{17,19}$/.test(id)) return shown;
  const ms = Number(BigInt(id) >> 16n);
  return ms > SNOWFLAKE_SINCE ? new Date(ms).toISOString() : '';
}

function readStatus(root: ElementNode, exclude: ElementNode | null, base: string): Post | null {
  const skip = (el: ElementNode) => el === exclude;
  const link = permalink(root, base);
  if (!link) return null;
  const author = first(root, AUTHOR, skip);
  const nameEl = author && first(author, NAME);
  const authorName = nameEl ? squash(readableText(nameEl)) : '';
  const shownAccount = author ? first(author, ACCOUNT) : null;
  const textEl = first(root, TEXT, skip);
  const parts = textEl ? parseStatusText(textEl, base) : [];
  const { media, unreadable } = parseMedia(root, skip, base, link.url);
  const lang = textEl?.getAttribute('lang') ?? '';
  const post: Post = {
    network: 'mastodon',
    id: link.id,
    url: link.url,
    authorName,
    handle: link.handle,
    parts,
    time: timeOf(root, skip, link.id),
    lang: LANG.test(lang) ? lang : '',
    media,
  };
  const warning = warningOf(root, skip);
  if (warning) post.warning = warning;
  const missing: PostPartName[] = [...unreadable];
  const pollEl = first(root, POLL, skip);
  const poll = pollEl && parsePoll(pollEl);
  if (poll) post.poll = poll;
  else if (pollEl) missing.push('poll');
  if (!authorName || !shownAccount) missing.push('author');
  if (!post.time) missing.push('time');
  // Behind a content warning Mastodon renders no text until "Show more": the clip says the text is missing.
  if (parts.length === 0 && media.length === 0 && !pollEl) missing.push('text');
  markMissing(post, missing);
  return post;
}

/** The content warning's text: 4.3+'s banner, or the older `<p>` around its "Show more" button. */
function warningOf(root: ElementNode, skip: (el: ElementNode) => boolean): string {
  const banner = first(root, WARNING, skip);
  const p = banner && first(banner, (el) => el.localName === 'p');
  if (p) return squash(readableText(p));
  const button = first(root, OLD_WARNING_BUTTON, skip);
  const holder = button?.parentElement;
  return holder ? squash(readableText(holder, (el) => el === button)) : '';
}
