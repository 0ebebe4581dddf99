/**
 * The one message protocol of Confnotes, shared by the background, content scripts and pages.
 *
 * Requests go to the background (`runtime.sendMessage`) or to a content script (`tabs.sendMessage`) and get a
 * typed response. Broadcasts are fire-and-forget notices from the background to open pages. Every message is a
 * `{ type, ...payload }` object; the background checks `isMessage` and the sender before acting on one.
 */
import type { TweetCapture } from './capture/tweet/capture';
import type { Moment, Note, Tweet, YouTubeSource } from './model/types';

/** What a YouTube content script knows of its page. */
export interface YouTubeState {
  /** The 11-character id, or null when the page is not a talk (home, search). */
  videoId: string | null;
  url: string;
  title: string;
  channel: string;
  channelUrl: string;
  list?: string;
  index?: number;
  /** Seconds; null when the player reports none (no video, live stream). */
  duration: number | null;
  /** Seconds into the talk; null when there is no player to ask. */
  currentTime: number | null;
  paused: boolean;
  /** An ad is playing: its time is not the talk's. */
  adPlaying: boolean;
  /** Why no timestamp can be taken, in words for the panel; '' when one can. */
  problem: string;
}

/** The page the user is looking at: the most recently active web-page tab. */
export interface PageContext {
  tabId: number;
  url: string;
  title: string;
  site: 'youtube' | 'x' | 'other';
  youtube?: YouTubeState;
  /** On an X status page: the tweet it shows. */
  tweet?: Tweet;
  /** The content script there stopped answering (the extension was reloaded): the tab needs a reload. */
  needsReload?: boolean;
}

/** A moment frozen for the next note: when the user started typing, or pressed the `add-note` command. */
export interface FrozenMoment {
  /** null when no timestamp could be taken (see `problem`). */
  moment: Moment | null;
  /** The talk the note belongs to, even when its time is unknown; null on a page that is not a talk. */
  source: YouTubeSource | null;
  /** The talk's title as the page showed it, for the section created by its first note. */
  title: string;
  /** Why there is no timestamp, in words for the panel; '' when there is one. */
  problem: string;
}

export interface Selection {
  sessionId: string | null;
  sectionId: string | null;
}

/** Requests to the background: type -> [request payload, response]. */
export interface BackgroundRequests {
  'context/get': [{}, PageContext | null];
  /** Freeze the context's current time now (when the user starts typing); pauses the video if the setting says so. */
  'context/moment': [{ pause: boolean }, FrozenMoment];
  /** The moment the `add-note` command froze for quick capture, once; null when none is waiting. */
  'capture/frozen': [{}, FrozenMoment | null];
  'youtube/resume': [{}, { ok: boolean }];
  'youtube/seek': [{ moment: Moment; url: string }, { ok: boolean }];
  /** Save a note taken against the context: finds or creates the talk's section. */
  'note/capture': [
    {
      text: string; moment: Moment | null; source: YouTubeSource | null; title: string;
      /** The session and section the page shows as chosen; the stored selection when absent. */
      target?: Selection;
    },
    { note: Note } | { error: string },
  ];
  'tweet/clip': [{ tweet: Tweet; comment: string }, { note: Note; duplicate: boolean } | { error: string }];
  /** From the X content script: the tweet's markup, parsed here (the page only takes the snapshot). */
  'tweet/clip-page': [{ capture: TweetCapture; comment: string }, { note: Note; duplicate: boolean } | { error: string }];
  'tweet/clipped': [{ ids: string[] }, { clipped: string[] }];
  'panel/open': [{ windowId?: number }, { ok: boolean }];
  /**
   * The session's writeup with the saved export settings (`tweets` overrides that one choice: the preview shows
   * tweets as quotes). Rendered here so that the panel does not carry the renderer and its YAML library.
   */
  'export/markdown': [{ sessionId: string; tweets?: 'embed' | 'quote' }, { markdown: string; fileName: string } | { error: string }];
}

/** The only requests a content script may send; every other one must come from an extension page. */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<keyof BackgroundRequests> = new Set(['tweet/clip-page', 'tweet/clipped'] as const);

/** Requests to a content script in a tab. */
export interface ContentRequests {
  'youtube/state': [{}, YouTubeState];
  'youtube/seek': [{ seconds: number }, { ok: boolean }];
  'youtube/pause': [{}, { ok: boolean }];
  'youtube/play': [{}, { ok: boolean }];
  /** The tweet right-clicked last, as markup for the background to parse. */
  'tweet/at-point': [{}, TweetCapture | null];
  /** On a status page: the tweet it shows. */
  'tweet/page': [{}, TweetCapture | null];
  'tweet/mark-clipped': [{ ids: string[] }, { ok: boolean }];
}

/** Notices from the background to every open page. */
export type Broadcast =
  | { type: 'store/changed'; sessionId: string | null }
  | { type: 'context/changed' }
  | { type: 'selection/changed'; selection: Selection };

type RequestMap<M> = { [T in keyof M]: [object, unknown] };
export type RequestOf<M extends RequestMap<M>, T extends keyof M> = { type: T } & M[T][0];
export type ResponseOf<M extends RequestMap<M>, T extends keyof M> = M[T][1];
export type AnyRequest<M extends RequestMap<M>> = { [T in keyof M]: RequestOf<M, T> }[keyof M];

export type BackgroundRequest = AnyRequest<BackgroundRequests>;
export type ContentRequest = AnyRequest<ContentRequests>;

const BACKGROUND_TYPES: ReadonlySet<string> = new Set<keyof BackgroundRequests>([
  'context/get', 'context/moment', 'capture/frozen', 'youtube/resume', 'youtube/seek', 'note/capture', 'tweet/clip',
  'tweet/clip-page', 'tweet/clipped', 'panel/open', 'export/markdown',
]);

/** A shape check for anything that arrives on `runtime.onMessage`: is it one of our background requests? */
export function isBackgroundRequest(value: unknown): value is BackgroundRequest {
  return typeof value === 'object' && value !== null && BACKGROUND_TYPES.has((value as { type?: unknown }).type as string);
}

export function isBroadcast(value: unknown): value is Broadcast {
  const type = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
  return type === 'store/changed' || type === 'context/changed' || type === 'selection/changed';
}
