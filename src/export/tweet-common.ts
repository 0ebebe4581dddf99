/**
 * What every post rendering (embed markup and Markdown quote) needs: the links of entities and the post's page on
 * its network's rules (src/model/post.ts; for X as Twitter's embed code builds them), and the text direction. A
 * handle, tag or symbol the network would not link stays plain text.
 */
import { mentionUrl, postPageUrl, symbolUrl, tagUrl } from '../model/post';
import type { Post, PostPart } from '../model/types';
import { markdownUrl } from './escape';

/** Twitter's own embed code adds this to every link; kept so the markup is exactly what Twitter gives. */
export const REF_SRC = 'ref_src=twsrc%5Etfw';

/** A link as Twitter's embed code writes it: its `src` (hashtags, cashtags), then the ref parameter. */
function asEmbedded(url: string | null, src?: string): string | null {
  if (!url) return null;
  return `${url}${url.includes('?') ? '&' : '?'}${src ? `src=${src}&` : ''}${REF_SRC}`;
}

/** The same URL without Twitter's tracking parameter, for the Markdown rendering. */
export function withoutRef(url: string): string {
  return url.replace(/[?&]ref_src=twsrc%5Etfw$/, '');
}

/**
 * A mention's, hashtag's or cashtag's link on the post's network; for X the one Twitter's embed gives (with its
 * `src` and ref parameters). Null otherwise.
 */
export function entityUrl(post: Post, part: PostPart): string | null {
  const x = post.network === 'x';
  let url: string | null = null;
  if (part.type === 'mention') url = mentionUrl(post, part.handle, 'twitter.com');
  else if (part.type === 'hashtag') url = tagUrl(post, part.tag, 'twitter.com');
  else if (part.type === 'cashtag') url = symbolUrl(post, part.symbol, 'twitter.com');
  if (!x || !url) return url === null ? null : markdownUrl(url);
  return asEmbedded(url, part.type === 'hashtag' ? 'hash' : part.type === 'cashtag' ? 'ctag' : undefined);
}

/**
 * The post's page: for X the canonical permalink (Twitter's embed form) when id and handle are sound, for Bluesky
 * its bsky.app address, else the captured URL if it is http(s); null otherwise.
 */
export function tweetUrl(tweet: Post): string | null {
  if (tweet.network === 'x') {
    const canonical = postPageUrl({ ...tweet, url: '' }, 'twitter.com');
    return (canonical ? asEmbedded(canonical) : null) ?? markdownUrl(tweet.url);
  }
  const page = postPageUrl(tweet);
  return page ? markdownUrl(page) : null;
}

const RTL_LANGS = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);
const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
// Indic scripts from their first letter (U+0904): the signs before it only ever follow a letter.
const LTR_CHAR = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0904-\u0DFF\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7AF]/u;

/** `rtl` for a right-to-left language, or when the text's first strong character is right-to-left. */
export function textDirection(tweet: Post, text: string): 'ltr' | 'rtl' {
  const base = tweet.lang.toLowerCase().split('-')[0] ?? '';
  if (RTL_LANGS.has(base)) return 'rtl';
  if (base && base !== 'und' && base !== 'zxx' && base !== 'qme' && base !== 'qht') return 'ltr';
  for (const ch of text) {
    if (RTL_CHAR.test(ch)) return 'rtl';
    if (LTR_CHAR.test(ch)) return 'ltr';
  }
  return 'ltr';
}

/** A language tag fit for a `lang` attribute, or `und` (Twitter's own value for "undetermined"). */
export function langAttr(lang: string): string {
  return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/.test(lang) ? lang : 'und';
}

/** The tweet's plain text (parts joined), for direction detection and previews. */
export function plainText(tweet: Post): string {
  return tweet.parts.map((p) => p.text).join('');
}

/** The tweet followed by the rest of its thread (the author's self-replies), in reading order. */
export function threadOf(tweet: Post): Post[] {
  return [tweet, ...(tweet.thread ?? [])];
}
