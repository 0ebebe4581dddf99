/**
 * Building note records from what a user or a capture gives. Only known fields are copied, as plain strings and
 * numbers: whatever else a page or a message carried is dropped, so every stored note matches the backup schema.
 */
import type { ClockStamp, Moment, Note, Tweet, TweetArticle, TweetMedia, TweetPart, TweetPoll } from '../model/types';
import type { NoteDraft } from './api';

export type NoteBaseFields = Pick<Note, 'id' | 'sessionId' | 'sectionId' | 'order' | 'createdAt' | 'updatedAt'>;

function cleanMoment(at: Moment | undefined): { at?: Moment } {
  return at ? { at: { videoId: String(at.videoId), seconds: Math.max(0, Math.floor(Number(at.seconds))) } } : {};
}

/** An IANA zone name or an offset, as the backup schema has it; the instant is what counts, so anything else is UTC. */
const TIME_ZONE = /^([A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*|[+-]\d{2}:\d{2})$/;

function cleanClock(clock: ClockStamp | undefined): { clock?: ClockStamp } {
  const at = Math.floor(Number(clock?.at));
  if (!clock || !Number.isFinite(at) || at < 0) return {};
  const zone = String(clock.timeZone);
  return { clock: { at, timeZone: zone.length <= 100 && TIME_ZONE.test(zone) ? zone : 'UTC' } };
}

/** Only http(s) addresses are kept: a backup must stay importable, and only such links are ever rendered. */
function httpUrl(url: unknown): string {
  const text = String(url);
  if (!/^https?:\/\/\S+$/.test(text)) throw new Error('Only http and https pages can be clipped.');
  return text;
}

export function noteFromDraft(base: NoteBaseFields, draft: NoteDraft): Note {
  switch (draft.kind) {
    case 'text':
      return { ...base, kind: 'text', text: String(draft.text), ...cleanMoment(draft.at), ...cleanClock(draft.clock) };
    case 'quote':
      return {
        ...base, kind: 'quote', text: String(draft.text), cite: String(draft.cite ?? ''),
        ...(draft.url !== undefined ? { url: httpUrl(draft.url) } : {}), ...cleanMoment(draft.at), ...cleanClock(draft.clock),
      };
    case 'page':
      return {
        ...base, kind: 'page', url: httpUrl(draft.url), title: String(draft.title ?? ''),
        selection: String(draft.selection ?? ''), comment: String(draft.comment ?? ''),
      };
    default:
      throw new Error(`Unknown note kind: ${String((draft as { kind?: unknown }).kind)}`);
  }
}

function cleanPart(part: TweetPart): TweetPart {
  const text = String(part.text);
  switch (part.type) {
    case 'url':
      return { type: 'url', text, href: String(part.href), ...(part.expanded !== undefined ? { expanded: String(part.expanded) } : {}) };
    case 'mention': return { type: 'mention', text, handle: String(part.handle) };
    case 'hashtag': return { type: 'hashtag', text, tag: String(part.tag) };
    case 'cashtag': return { type: 'cashtag', text, symbol: String(part.symbol) };
    case 'emoji': return { type: 'emoji', text };
    default: return { type: 'text', text };
  }
}

const MEDIA_TEXT = ['alt', 'poster', 'duration', 'image', 'domain', 'title', 'description'] as const;

function cleanMedia(media: TweetMedia): TweetMedia {
  const clean: TweetMedia = { type: media.type, url: String(media.url) };
  for (const key of MEDIA_TEXT) if (media[key] !== undefined) clean[key] = String(media[key]);
  if (media.unloaded) clean.unloaded = true;
  return clean;
}

function cleanPoll(poll: TweetPoll): TweetPoll {
  return {
    options: poll.options.map((o) => (typeof o.percent === 'number' ? { label: String(o.label), percent: o.percent } : { label: String(o.label) })),
    votes: String(poll.votes), status: String(poll.status),
  };
}

function cleanArticle(article: TweetArticle): TweetArticle {
  const clean: TweetArticle = { title: String(article.title), body: String(article.body) };
  if (article.cover !== undefined) clean.cover = String(article.cover);
  return clean;
}

/**
 * A clipped tweet needs its status id (it is the dedupe key). A quoted tweet may lack one: X often shows a quote
 * without a link to it, and such a quote is kept with '' id and url, marked incomplete, rather than dropped.
 */
export function cleanTweet(tweet: Tweet, role: 'clipped' | 'quoted' = 'clipped'): Tweet {
  const idOptional = role === 'quoted' && String(tweet.id) === '';
  if (!idOptional && !/^\d+$/.test(String(tweet.id))) throw new Error('This tweet has no status id.');
  const clean: Tweet = {
    id: String(tweet.id), url: String(tweet.url), authorName: String(tweet.authorName ?? ''), handle: String(tweet.handle ?? ''),
    parts: (tweet.parts ?? []).map(cleanPart), time: String(tweet.time ?? ''), lang: String(tweet.lang ?? ''),
    media: (tweet.media ?? []).map(cleanMedia),
  };
  if (tweet.poll) clean.poll = cleanPoll(tweet.poll);
  if (tweet.article) clean.article = cleanArticle(tweet.article);
  if (tweet.quoted) clean.quoted = cleanTweet(tweet.quoted, 'quoted');
  if (tweet.thread) clean.thread = tweet.thread.map((reply) => cleanTweet(reply));
  if (tweet.incomplete || idOptional) clean.incomplete = true;
  if (tweet.missing && tweet.missing.length > 0) clean.missing = tweet.missing.map(String) as Tweet['missing'];
  return clean;
}
