/**
 * What both tweet renderings (embed markup and Markdown quote) need: the links Twitter's embed code builds for
 * entities and the tweet's permalink (on X's rules, src/model/tweet.ts), and the text direction. A handle, tag or
 * symbol X would not link stays plain text.
 */
import { cashtagUrl, hashtagUrl, profileUrl, statusUrl } from '../model/tweet';
import type { Tweet, TweetPart } from '../model/types';
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

/** The link Twitter's embed gives a mention, hashtag or cashtag (X's rules in src/model/tweet.ts); null otherwise. */
export function entityUrl(part: TweetPart): string | null {
  if (part.type === 'mention') return asEmbedded(profileUrl(part.handle, 'twitter.com'));
  if (part.type === 'hashtag') return asEmbedded(hashtagUrl(part.tag, 'twitter.com'), 'hash');
  if (part.type === 'cashtag') return asEmbedded(cashtagUrl(part.symbol, 'twitter.com'), 'ctag');
  return null;
}

/** The canonical permalink when id and handle are sound, else the captured URL if it is http(s), else null. */
export function tweetUrl(tweet: Tweet): string | null {
  return asEmbedded(statusUrl(tweet.handle, tweet.id, 'twitter.com')) ?? markdownUrl(tweet.url);
}

const RTL_LANGS = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);
const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
// Indic scripts from their first letter (U+0904): the signs before it only ever follow a letter.
const LTR_CHAR = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0904-\u0DFF\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7AF]/u;

/** `rtl` for a right-to-left language, or when the text's first strong character is right-to-left. */
export function textDirection(tweet: Tweet, text: string): 'ltr' | 'rtl' {
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
export function plainText(tweet: Tweet): string {
  return tweet.parts.map((p) => p.text).join('');
}

/** The tweet followed by the rest of its thread (the author's self-replies), in reading order. */
export function threadOf(tweet: Tweet): Tweet[] {
  return [tweet, ...(tweet.thread ?? [])];
}
