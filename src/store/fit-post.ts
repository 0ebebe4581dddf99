/**
 * A captured post (X, Bluesky, Mastodon) made storable. The page decides what a capture reads, and a site's content
 * can carry values past what a backup accepts (a 39-character `lang`, a 5,000-character link, a quote inside a
 * quote, a handle its network would not give): such values are cut, normalised or dropped here, once, and the post
 * is marked `incomplete`, rather than stored as they came and refused by the user's next restore. Only known fields
 * are copied, as plain strings and numbers; what an id and a handle must be is the network's rule (src/model/post.ts).
 */
import { cut, LIMITS } from '../model/limits';
import { storableHttpUrl } from '../model/safe-url';
import { isCid, isDid } from '../model/bluesky';
import { isNetwork, isPostHandle, isPostId, postPageUrl } from '../model/post';
import { postTime } from '../model/post-time';
import { statusUrl } from '../model/tweet';
import type { Network, Post, PostArticle, PostMedia, PostPart, PostPartName, PostPoll } from '../model/types';

const LANG = /^[A-Za-z0-9-]*$/;
// X's handles as the schema keeps them (X's own are at most 15; older accounts and captures may differ).
const X_HANDLE = /^[A-Za-z0-9_]*$/;
const PART_NAMES: readonly PostPartName[] = [
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

/** Collects whether anything had to change, to mark the post. */
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
  part(part: PostPart): PostPart {
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

  media(media: PostMedia): PostMedia | null {
    // A card without a link has url '' (an app or audio card); everything else needs its address.
    const url = media.type === 'card' && media.url === '' ? '' : this.url(media.url);
    if (url === null || !['photo', 'video', 'card'].includes(media.type)) return ((this.changed = true), null);
    const clean: PostMedia = { type: media.type, url };
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

  poll(poll: PostPoll): PostPoll {
    const options = this.list(poll.options, 20, (o) => {
      const option: PostPoll['options'][number] = { label: this.text(o.label, LIMITS.shortText) };
      const percent = Number(o.percent);
      if (o.percent !== undefined && Number.isFinite(percent) && percent >= 0 && percent <= 100)
        option.percent = percent;
      else if (o.percent !== undefined) this.changed = true;
      if (o.votes !== undefined && Number.isSafeInteger(o.votes) && o.votes >= 0 && o.votes <= 1e12)
        option.votes = o.votes;
      else if (o.votes !== undefined) this.changed = true;
      return option;
    });
    const clean: PostPoll = {
      options,
      votes: this.text(poll.votes, LIMITS.shortText),
      status: this.text(poll.status, LIMITS.shortText),
    };
    if (typeof poll.closed === 'boolean') clean.closed = poll.closed;
    const ends = poll.ends === undefined ? '' : postTime(poll.ends);
    if (ends) clean.ends = ends;
    else if (poll.ends !== undefined) this.changed = true;
    return clean;
  }

  article(article: PostArticle): PostArticle {
    const clean: PostArticle = {
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

  /** The handle kept when its network would give it (X's within the schema's bound), else '' and the post marked. */
  handle(network: Network, raw: string): string {
    const sound =
      network === 'x' ? X_HANDLE.test(raw) && raw.length <= LIMITS.handle : raw === '' || isPostHandle(network, raw);
    if (!sound) this.changed = true;
    return sound ? raw : '';
  }

  post(tweet: Post, role: Role, network: Network): Post {
    const rawId = String(tweet.id ?? '');
    if (!(role === 'quoted' && rawId === '') && !isPostId(network, rawId)) {
      if (role === 'clipped') throw new Error('This post has no id.');
      this.changed = true;
    }
    const id = isPostId(network, rawId) ? rawId : '';
    const idOptional = id === '' && role === 'quoted';
    const handle = this.handle(network, String(tweet.handle ?? ''));
    const did = tweet.did === undefined || network !== 'bluesky' ? undefined : isDid(tweet.did) ? tweet.did : null;
    const cid = tweet.cid === undefined || network !== 'bluesky' ? undefined : isCid(tweet.cid) ? tweet.cid : null;
    if (did === null || cid === null) this.changed = true;
    // The post's page is rebuilt when the page's is unusable and the id is known.
    const rawUrl = String(tweet.url ?? '');
    const rebuilt = () =>
      postPageUrl({ ...tweet, network, id, handle, ...(did ? { did } : {}), url: '' }) ??
      (network === 'x' ? statusUrl('i', id) : null);
    const url = rawUrl === '' && idOptional ? '' : (this.url(rawUrl) ?? rebuilt() ?? '');
    const rawTime = String(tweet.time ?? '');
    const time = postTime(rawTime);
    const rawLang = String(tweet.lang ?? '');
    const lang = LANG.test(rawLang) && rawLang.length <= LIMITS.lang ? rawLang : '';
    if ((rawTime !== '' && time === '') || lang !== rawLang) this.changed = true;
    const clean: Post = {
      network,
      id,
      url,
      authorName: this.text(tweet.authorName, LIMITS.shortText),
      handle,
      parts: this.list(tweet.parts, LIMITS.tweetParts, (part) => this.part(part)),
      time,
      lang,
      media: this.list(tweet.media, LIMITS.tweetMedia, (media) => this.media(media)),
    };
    if (did) clean.did = did;
    if (cid) clean.cid = cid;
    if (tweet.warning !== undefined && tweet.warning !== '') clean.warning = this.text(tweet.warning, LIMITS.shortText);
    if (tweet.poll) clean.poll = this.poll(tweet.poll);
    if (tweet.article) clean.article = this.article(tweet.article);
    // One level of quote is shown, and a thread's posts are not threads themselves: deeper nesting is dropped. A
    // quote and a thread are of the clipped post's network.
    if (tweet.quoted) {
      if (role === 'quoted') this.changed = true;
      else clean.quoted = this.post(tweet.quoted, 'quoted', network);
    }
    if (tweet.thread) {
      if (role !== 'clipped') this.changed = true;
      else clean.thread = this.list(tweet.thread, LIMITS.thread, (reply) => this.threadPost(reply, network));
    }
    if (tweet.incomplete || idOptional) clean.incomplete = true;
    const missing = (tweet.missing ?? []).filter((name) => PART_NAMES.includes(name));
    if (missing.length > 0) clean.missing = [...new Set(missing)];
    return clean;
  }

  /** A thread's post needs its own id (it is linked to); one without is dropped. */
  threadPost(reply: Post, network: Network): Post | null {
    if (isPostId(network, String(reply.id ?? ''))) return this.post(reply, 'thread', network);
    this.changed = true;
    return null;
  }
}

/**
 * The post as stored: its fields fitted to the limits, and `incomplete` set when anything was cut or dropped.
 * A clipped post needs its network and id (the dedupe key); a quoted one may lack the id, as X often shows it
 * unlinked.
 */
export function fitPost(post: Post): Post {
  if (!isNetwork(post.network)) throw new Error('This post is of no network Confnotes knows.');
  const fitter = new Fitter();
  const clean = fitter.post(post, 'clipped', post.network);
  if (fitter.changed) clean.incomplete = true;
  return clean;
}
