/**
 * The one message protocol of Confnotes, shared by the background, content scripts and pages.
 *
 * Requests go to the background (`runtime.sendMessage`) or to a content script (`tabs.sendMessage`) and get a
 * typed response. Broadcasts are fire-and-forget notices from the background to open pages. Every message is a
 * `{ type, ...payload }` object; the background checks `isMessage` and the sender before acting on one.
 */
import type { TweetCapture } from './capture/tweet/capture';
import type { FrozenMoment, PageContext, Selection, YouTubeState } from './model/context';
import type { Moment, Note, Tweet, YouTubeSource } from './model/types';

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
