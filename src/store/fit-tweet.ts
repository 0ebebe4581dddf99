/**
 * A captured tweet made storable. The page decides what a capture reads, and X's content can carry values past
 * what a backup accepts (a 39-character `lang`, a 5,000-character link, a quote inside a quote): such values are
 * cut or normalised here, once, and the tweet is marked `incomplete`, rather than stored as they came and refused
 * by the user's next restore. Only known fields are copied, as plain strings and numbers.
 */
import { cut, LIMITS } from '../model/limits';
import { storableHttpUrl } from '../model/safe-url';
import { statusUrl, tweetTime } from '../model/tweet';
import type { Tweet, TweetArticle, TweetMedia, TweetPart, TweetPartName, TweetPoll } from '../model/types';

const LANG = /^[A-Za-z0-9-]*$/;
const HANDLE = /^[A-Za-z0-9_]*$/;
const PART_NAMES: readonly TweetPartName[] = [
  'author',
  'time',
  'text',
  'quote',
  'photo',
  'video',
  'card',
  'poll',
  'article',
];

type Role = 'clipped' | 'quoted' | 'thread';

/** A captured value as text: strings as they are, numbers written out, anything else (a page's object) empty. */
function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

/** Collects whether anything had to change, to mark the tweet. */
class Fitter {
  changed = false;

  text(value: unknown, max: number): string {
    const text = asText(value);
    const fitted = cut(text, max);
    if (fitted !== text) this.changed = true;
    return fitted;
  }

  /** The address normalised (`storableHttpUrl`); one that cannot be kept marks the tweet. */
  url(value: unknown): string | null {
    const href = storableHttpUrl(asText(value));
    if (href === null) this.changed = true;
    return href;
  }

  /** A link part whose address cannot be kept stays as the text the page showed. */
  part(part: TweetPart): TweetPart {
    const text = this.text(part.text, LIMITS.longText);
    switch (part.type) {
      case 'url': {
        const href = this.url(part.href);
        if (href === null) return { type: 'text', text };
        const expanded = part.expanded === undefined ? undefined : this.text(part.expanded, LIMITS.url);
        return { type: 'url', text, href, ...(expanded !== undefined ? { expanded } : {}) };
      }
      case 'mention':
        return { type: 'mention', text, handle: this.text(part.handle, LIMITS.shortText) };
      case 'hashtag':
        return { type: 'hashtag', text, tag: this.text(part.tag, LIMITS.shortText) };
      case 'cashtag':
        return { type: 'cashtag', text, symbol: this.text(part.symbol, LIMITS.shortText) };
      case 'emoji':
        return { type: 'emoji', text };
      default:
        return { type: 'text', text };
    }
  }

  /** An address kept only when it is a usable http(s) one; else left out, and the clip marked. */
  optionalUrl(value: unknown): { [key: string]: string } | null {
    if (value === undefined) return null;
    const url = this.url(value);
    return url === null ? null : { url };
  }

  media(media: TweetMedia): TweetMedia | null {
    // A card without a link has url '' (an app or audio card); everything else needs its address.
    const url = media.type === 'card' && media.url === '' ? '' : this.url(media.url);
    if (url === null || !['photo', 'video', 'card'].includes(media.type)) return ((this.changed = true), null);
    const clean: TweetMedia = { type: media.type, url };
    if (media.alt !== undefined) clean.alt = this.text(media.alt, LIMITS.longText);
    if (media.unloaded) clean.unloaded = true;
    for (const key of ['poster', 'image'] as const) {
      const kept = this.optionalUrl(media[key]);
      if (kept) clean[key] = kept.url!;
    }
    if (media.duration !== undefined) clean.duration = this.text(media.duration, 20);
    if (media.domain !== undefined) clean.domain = this.text(media.domain, 300);
    if (media.title !== undefined) clean.title = this.text(media.title, LIMITS.shortText);
    if (media.description !== undefined) clean.description = this.text(media.description, LIMITS.longText);
    return clean;
  }

  poll(poll: TweetPoll): TweetPoll {
    const options = this.list(poll.options, 20, (o) => {
      const label = this.text(o.label, LIMITS.shortText);
      const percent = Number(o.percent);
      if (o.percent === undefined) return { label };
      if (Number.isFinite(percent) && percent >= 0 && percent <= 100) return { label, percent };
      this.changed = true;
      return { label };
    });
    return {
      options,
      votes: this.text(poll.votes, LIMITS.shortText),
      status: this.text(poll.status, LIMITS.shortText),
    };
  }

  article(article: TweetArticle): TweetArticle {
    const clean: TweetArticle = {
      title: this.text(article.title, LIMITS.shortText),
      body: this.text(article.body, LIMITS.longText),
    };
    const cover = this.optionalUrl(article.cover);
    if (cover) clean.cover = cover.url!;
    return clean;
  }

  list<T, U>(items: readonly T[] | undefined, max: number, fit: (item: T) => U | null): U[] {
    const all = items ?? [];
    if (all.length > max) this.changed = true;
    return all
      .slice(0, max)
      .map(fit)
      .filter((item): item is U => item !== null);
  }

  tweet(tweet: Tweet, role: Role): Tweet {
    const rawId = String(tweet.id ?? '');
    if (!(role === 'quoted' && rawId === '') && !/^\d{1,25}$/.test(rawId)) {
      if (role === 'clipped') throw new Error('This tweet has no status id.');
      this.changed = true;
    }
    const id = /^\d{1,25}$/.test(rawId) ? rawId : '';
    const idOptional = id === '' && role === 'quoted';
    const rawHandle = String(tweet.handle ?? '');
    const handle = HANDLE.test(rawHandle) && rawHandle.length <= LIMITS.handle ? rawHandle : '';
    if (handle !== rawHandle) this.changed = true;
    // The permalink is rebuilt when the page's is unusable and the id is known.
    const rawUrl = String(tweet.url ?? '');
    const url =
      rawUrl === '' && idOptional ? '' : (this.url(rawUrl) ?? statusUrl(handle, id) ?? statusUrl('i', id) ?? '');
    const rawTime = String(tweet.time ?? '');
    const time = tweetTime(rawTime);
    const rawLang = String(tweet.lang ?? '');
    const lang = LANG.test(rawLang) && rawLang.length <= LIMITS.lang ? rawLang : '';
    if ((rawTime !== '' && time === '') || lang !== rawLang) this.changed = true;
    const clean: Tweet = {
      id,
      url,
      authorName: this.text(tweet.authorName, LIMITS.shortText),
      handle,
      parts: this.list(tweet.parts, LIMITS.tweetParts, (part) => this.part(part)),
      time,
      lang,
      media: this.list(tweet.media, LIMITS.tweetMedia, (media) => this.media(media)),
    };
    if (tweet.poll) clean.poll = this.poll(tweet.poll);
    if (tweet.article) clean.article = this.article(tweet.article);
    // X shows one level of quote, and a thread's tweets are not threads themselves: deeper nesting is dropped.
    if (tweet.quoted) {
      if (role === 'quoted') this.changed = true;
      else clean.quoted = this.tweet(tweet.quoted, 'quoted');
    }
    if (tweet.thread) {
      if (role !== 'clipped') this.changed = true;
      else clean.thread = this.list(tweet.thread, LIMITS.thread, (reply) => this.threadTweet(reply));
    }
    if (tweet.incomplete || idOptional) clean.incomplete = true;
    const missing = (tweet.missing ?? []).filter((name) => PART_NAMES.includes(name));
    if (missing.length > 0) clean.missing = [...new Set(missing)];
    return clean;
  }

  /** A thread's tweet needs its own id (it is linked to); one without is dropped. */
  threadTweet(reply: Tweet): Tweet | null {
    if (/^\d{1,25}$/.test(String(reply.id ?? ''))) return this.tweet(reply, 'thread');
    this.changed = true;
    return null;
  }
}

/**
 * The tweet as stored: its fields fitted to the limits, and `incomplete` set when anything was cut or dropped.
 * A clipped tweet needs its status id (the dedupe key); a quoted one may lack it, as X often shows it unlinked.
 */
export function fitTweet(tweet: Tweet): Tweet {
  const fitter = new Fitter();
  const clean = fitter.tweet(tweet, 'clipped');
  if (fitter.changed) clean.incomplete = true;
  return clean;
}
