/**
 * What both tweet renderings (embed markup and Markdown quote) need: the links Twitter builds for entities, the
 * tweet's permalink, its date as Twitter's embed writes it, and the text direction. Handles, tags and symbols
 * are checked against what Twitter allows before they go into a URL; anything else stays plain text.
 */
import type { Tweet } from '../model/types';
import { markdownUrl } from './escape';

/** Twitter's own embed code adds this to every link; kept so the markup is exactly what Twitter gives. */
export const REF_SRC = 'ref_src=twsrc%5Etfw';

const HANDLE = /^[A-Za-z0-9_]{1,50}$/;
const STATUS_ID = /^\d{1,25}$/;

export function mentionUrl(handle: string): string | null {
  return HANDLE.test(handle) ? `https://twitter.com/${handle}?${REF_SRC}` : null;
}

/** The same URL without Twitter's tracking parameter, for the Markdown rendering. */
export function withoutRef(url: string): string {
  return url.replace(/[?&]ref_src=twsrc%5Etfw$/, '');
}

export function hashtagUrl(tag: string): string | null {
  const t = tag.replace(/^[#＃]/, '');
  return t && !/[\s\p{Cc}]/u.test(t)
    ? `https://twitter.com/hashtag/${encodeURIComponent(t)}?src=hash&${REF_SRC}`
    : null;
}

export function cashtagUrl(symbol: string): string | null {
  const s = symbol.replace(/^\$/, '');
  return /^[A-Za-z][A-Za-z0-9_.]{0,14}$/.test(s) ? `https://twitter.com/search?q=%24${s}&src=ctag&${REF_SRC}` : null;
}

/** The canonical permalink when id and handle are sound, else the captured URL if it is http(s), else null. */
export function statusUrl(tweet: Tweet): string | null {
  if (STATUS_ID.test(tweet.id) && HANDLE.test(tweet.handle)) {
    return `https://twitter.com/${tweet.handle}/status/${tweet.id}?${REF_SRC}`;
  }
  return markdownUrl(tweet.url);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `September 20, 2018`, in UTC (the same bytes on every machine), or '' when the time is missing or invalid. */
export function tweetDate(iso: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
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
