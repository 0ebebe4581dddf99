/**
 * The Confnotes data model: plain data, no browser APIs.
 *
 * A Session is one event. It holds Sections (talks bound to a source such as a YouTube video, or free sections
 * like "Open Spaces") in the user's order, and each Section holds Notes in order. Order is a number per parent;
 * inserting between two items takes the midpoint, so a reorder is one write (see src/model/order.ts).
 *
 * Everything captured from a page (titles, channel names, tweet text) is stored as plain text, never as HTML:
 * rendering decides how to escape it.
 */

export type Id = string;

/** Milliseconds since the epoch. */
export type Millis = number;

export interface Session {
  id: Id;
  title: string;
  /** The event's date, `YYYY-MM-DD`, or '' when not set. */
  date: string;
  description: string;
  tags: string[];
  categories: string[];
  /** Extra front-matter fields the user adds (e.g. `image`, `license_prose`). */
  fields: Record<string, string>;
  /** Markdown exported right after the front matter; absent or '' when none. */
  intro?: string;
  /** Markdown exported at the end, under `closingHeading` when that is set. */
  closing?: string;
  /** The heading of the closing remarks (`Closing Remarks`); '' or absent: the closing follows without one. */
  closingHeading?: string;
  /**
   * Reference labels the user chose, by link address: with links as references, `[text][label]` instead of the
   * label made from the link's text. Absent when the user renamed none.
   */
  labels?: Record<string, string>;
  createdAt: Millis;
  updatedAt: Millis;
}

export interface YouTubeSource {
  kind: 'youtube';
  /** The 11-character video id. */
  videoId: string;
  /** The playlist id (`list=`), when the talk was watched inside a playlist. */
  list?: string;
  /** The 1-based position in the playlist (`index=`). */
  index?: number;
  channel?: string;
  channelUrl?: string;
  /** Duration in seconds, when the player knew it. */
  duration?: number;
  /** Present once the user lined the recording up with the talk's clock-stamped notes. */
  alignment?: ClockAlignment;
}

export type SectionSource = YouTubeSource;

/**
 * A talk's place in the event's schedule, kept on its section when the schedule was imported. Times are instants
 * (milliseconds since the epoch) plus the event's time zone, so "10:00 in Berlin" reads the same on any machine.
 */
export interface SectionSchedule {
  /** The schedule's own id for the talk (frab/pretalx guid, Sessionize id, iCalendar UID): re-imports match on it. */
  talkId: string;
  /** The title as the schedule gives it; the section's own title may be the user's (a re-import keeps theirs). */
  title: string;
  speakers: string[];
  /** '' when the schedule names no room. */
  room: string;
  start: Millis;
  end: Millis;
  /** IANA name (`Europe/Berlin`) or a fixed offset (`+01:00`) when the file gave only offsets. */
  timeZone: string;
  /** The conference day it is listed under, `YYYY-MM-DD` (a talk after midnight may belong to the day before). */
  day: string;
  /** The talk's page on the schedule site, '' when none. */
  url: string;
  abstract: string;
  /** Cancelled talks stay (with their notes) and are marked; a later import may confirm them again. */
  status: 'confirmed' | 'cancelled';
}

/**
 * How a recording lines up with the wall clock: the video moment `seconds` shows what happened at `clock`. One pair
 * is enough ("the talk starts at 3:12 in the video", or a note and the moment it belongs to), and every
 * clock-stamped note of the section gets its video moment from it, so moving the alignment moves them all.
 */
export interface ClockAlignment {
  clock: Millis;
  /** Seconds from the start of the video, fractions allowed. */
  seconds: number;
}

export interface Section {
  id: Id;
  sessionId: Id;
  title: string;
  /** Who gave the talk; editable, '' when unknown. */
  speaker: string;
  /** Present for talks bound to a source; absent for free sections. */
  source?: SectionSource;
  /**
   * A key identifying the source within the session (`youtube:<videoId>`), so the first note on a video creates
   * its section and later notes find it with one index lookup. Absent for free sections.
   */
  sourceKey?: string;
  /** Present for talks imported from the event's schedule. */
  schedule?: SectionSchedule;
  order: number;
  createdAt: Millis;
  updatedAt: Millis;
}

/** The wall-clock moment a note was taken in the room, with the time zone it was taken in. */
export interface ClockStamp {
  at: Millis;
  /** IANA name, as the browser reported it. */
  timeZone: string;
}

/** A moment in a talk's video. */
export interface Moment {
  videoId: string;
  /** Whole seconds from the start of the video. */
  seconds: number;
}

interface NoteBase {
  id: Id;
  sessionId: Id;
  sectionId: Id;
  order: number;
  createdAt: Millis;
  updatedAt: Millis;
  /** Dedupe key within the session (a post's `postKey`: `x:<id>`…); absent for notes that may repeat. */
  sourceKey?: string;
}

/** How a snapshot is encoded: WebP where the browser can, else PNG. */
export type ImageMime = 'image/webp' | 'image/png';

/**
 * A frame of the talk shown with a note (a snapshot of the slide), at the video's own size. The bytes are not in
 * the note: they are a Blob in the store's `images`, under `id` (see src/store/images.ts), so that reading notes
 * never reads images.
 */
export interface ImageRef {
  id: Id;
  width: number;
  height: number;
  mime: ImageMime;
}

/**
 * The user's own words, as Markdown. `at` when it was taken while a talk played, `clock` when taken in the room.
 * A snapshot is a text note with an `image`; its text is the image's caption ('' when none).
 */
export interface TextNote extends NoteBase {
  kind: 'text';
  text: string;
  at?: Moment;
  /** When it was taken in the room, by the clock (no video playing). */
  clock?: ClockStamp;
  image?: ImageRef;
}

/** A quotation of the speaker or of a page. */
export interface QuoteNote extends NoteBase {
  kind: 'quote';
  text: string;
  /** Who said it, '' when unknown. */
  cite: string;
  url?: string;
  at?: Moment;
  clock?: ClockStamp;
}

/** A clipped post of X, Bluesky or Mastodon. */
export interface PostNote extends NoteBase {
  kind: 'post';
  post: Post;
  /** The user's own comment, as Markdown; '' when none. */
  comment: string;
}

/** A clip of an ordinary web page: its address, title and an optional selection. */
export interface PageNote extends NoteBase {
  kind: 'page';
  url: string;
  title: string;
  selection: string;
  comment: string;
}

/** A sub-heading inside a section (`### Text` in the writeup): the section's notes after it belong to it. */
export interface HeadingNote extends NoteBase {
  kind: 'heading';
  text: string;
}

export type Note = TextNote | QuoteNote | PostNote | PageNote | HeadingNote;
export type NoteKind = Note['kind'];

/**
 * A part of a post's text, in order. Entities keep the text the page showed and what they point to; the links of a
 * mention or hashtag are built by the post's network's rules (src/model/post.ts). A cashtag is X's only.
 */
export type PostPart =
  | { type: 'text'; text: string }
  | { type: 'url'; text: string; href: string; expanded?: string }
  | { type: 'mention'; text: string; handle: string }
  | { type: 'hashtag'; text: string; tag: string }
  | { type: 'cashtag'; text: string; symbol: string }
  | { type: 'emoji'; text: string };

/**
 * A photo, video or link card shown with a post (the X-specific forms below; Bluesky and Mastodon: photo `url` the
 * full-size image, video `url` the post's page, card `url` its link).
 * - photo: `url` is the image at full size; when the page had not loaded it, the photo's page on X
 *   (`…/status/<id>/photo/<n>`) with `unloaded: true`.
 * - video (and GIF): `url` is the tweet's page on X, where it plays; `poster` the still X showed, `duration` as shown
 *   (`0:42`).
 * - card: `url` is the link the card points to (often a t.co link); `image`, `domain`, `title`, `description` as
 *   shown. A card with no link (an app or audio card) has `url` ''.
 */
export interface PostMedia {
  type: 'photo' | 'video' | 'card';
  url: string;
  alt?: string;
  unloaded?: true;
  poster?: string;
  duration?: string;
  image?: string;
  domain?: string;
  title?: string;
  description?: string;
}

/**
 * A poll as the page showed it: results (percentages) once voted or closed, only the choices while open. Mastodon
 * also shows each choice's count of votes (in the percentage's title), whether the poll is closed, and when an open
 * one ends; X shows neither, so these are absent on its polls.
 */
export interface PostPoll {
  options: { label: string; percent?: number; votes?: number }[];
  /** As shown: `1,204 votes`, `34 people`. */
  votes: string;
  /** As shown: `Final results`, `2 days left`, `Closed`; '' when none. */
  status: string;
  /** True once the poll is closed, false while it is open; absent when the page did not say (X). */
  closed?: boolean;
  /** When an open poll ends (ISO 8601), as the page's `<time datetime>` said; absent otherwise. */
  ends?: string;
}

/** An X Article (long-form post): its title, its text (the whole text on its page, the preview in a timeline). */
export interface PostArticle {
  title: string;
  /** Paragraphs separated by blank lines, plain text. */
  body: string;
  cover?: string;
}

/** Parts of a post the page showed but the capture could not read, named for the "incomplete" mark. */
export type PostPartName = 'author' | 'time' | 'text' | 'quote' | 'photo' | 'video' | 'card' | 'poll' | 'article';

/** The networks a post can be clipped from. */
export type Network = 'x' | 'bluesky' | 'mastodon';

/**
 * A post as its page showed it: a tweet on X, a post on Bluesky, a status on Mastodon. What an id, a handle and an
 * address look like is each network's rule (src/model/tweet.ts, bluesky.ts, mastodon.ts; src/model/post.ts picks).
 */
export interface Post {
  network: Network;
  /**
   * X: the status id, digits. Bluesky: the record key (`rkey`, the last part of its `at://` URI). Mastodon: the
   * status id on the instance whose page showed it. A `quoted` post may have '' here and in `url` (then
   * `incomplete` is true): X shows most quoted tweets without a link to them.
   */
  id: string;
  /** The post's page (`https://x.com/<handle>/status/<id>`, `https://bsky.app/profile/<handle>/post/<rkey>`, `https://<instance>/@user/<id>`). */
  url: string;
  authorName: string;
  /**
   * Without the `@`. X: `jane_doe`. Bluesky: a domain (`alice.bsky.social`). Mastodon: `user@instance` (the
   * instance the account lives on).
   */
  handle: string;
  /** Bluesky: the author's DID (`did:plc:…`) when the page showed it; it names the record in `at://` URIs. */
  did?: string;
  /** Bluesky: the record's CID when known (the embed markup's `data-bluesky-cid`). */
  cid?: string;
  parts: PostPart[];
  /** ISO 8601, '' when the page showed none. */
  time: string;
  /** BCP 47 language of the text, '' when unknown. */
  lang: string;
  media: PostMedia[];
  /** The content warning shown before the text (Mastodon's spoiler text, Bluesky's label); absent when none. */
  warning?: string;
  poll?: PostPoll;
  article?: PostArticle;
  quoted?: Post;
  /** For a clipped thread: the author's self-replies after this one, in order. */
  thread?: Post[];
  /** True when some parts could not be read from the page (the site changed its DOM, or had not loaded them). */
  incomplete?: boolean;
  /** Which parts, when known. */
  missing?: PostPartName[];
}
