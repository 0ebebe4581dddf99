/**
 * The one message protocol of Confnotes, shared by the background, content scripts and pages.
 *
 * Requests go to the background (`runtime.sendMessage`) or to a content script (`tabs.sendMessage`) and get a
 * typed response. Broadcasts are fire-and-forget notices from the background to open pages. Every message is a
 * `{ type, ...payload }` object; the background answers only the types it has a handler for, and checks the sender.
 */
import type { BlueskyCapture } from './capture/bluesky/capture';
import type { TweetCapture } from './capture/tweet/capture';
import type { MastodonCapture } from './capture/mastodon/capture';
import type { Playlist } from './capture/youtube/playlist';
import type { FrozenMoment, Selection, YouTubeState } from './model/context';
import type { NoteStyle } from './model/typed-note';
import type { ClockAlignment, Id, Moment, Note, Section, Session, Post } from './model/types';
import type { Announcement, WorkspaceSnapshot } from './owner/changes';
import type { Removed, SectionInput, SessionInput } from './store/api';
import type { NotePatch } from './store/notes';
import type { ImportSummary } from './backup/format';
import type { ImportChunk, JsonOf } from './backup/chunks';
import type { PlaylistLinkPlan } from './owner/playlist-links';
import type { ScheduleImportRequest } from './owner/schedule-actions';
import type { ScheduleImportSummary } from './schedule/import-plan';
import type { SchedulePreview } from './schedule/preview';
import type { SearchResults } from './search/results';

/**
 * The answer to an intent: what it made or changed and the number of the last announcement it made (a page that
 * has applied that one shows the change), or why it could not (in words for the user).
 */
export type Done<T> = { value: T; seq?: number } | { error: string };

/** Where a capture went, for the page that sent it: "Saved to Talk B at 12:34", "Clipped to Open Spaces". */
/** The payload of a request that carries nothing but its type. */
export type NoPayload = Record<string, never>;

export interface FiledNote {
  note: Note;
  sectionTitle: string;
}

/**
 * Requests to the background: type -> [request payload, response]. Intents that change the notes or the
 * selection are only ever handled here: the background is their one writer, and announces each change.
 */
export interface BackgroundRequests {
  /** What a page needs to start, with the number of the last announcement it includes. */
  'workspace/get': [NoPayload, WorkspaceSnapshot];
  /** Freeze the context's current time now (when the user starts typing); pauses the video if the setting says so. */
  'context/moment': [{ pause: boolean }, FrozenMoment];
  /** The moment the `add-note` command froze for quick capture, once; null when none is waiting. */
  'capture/frozen': [NoPayload, FrozenMoment | null];
  'youtube/resume': [NoPayload, { ok: boolean }];
  'youtube/seek': [{ moment: Moment; url: string }, { ok: boolean }];
  /** The YouTube content script's page changed (played, paused, sought, navigated), with what it shows now. */
  'youtube/changed': [{ state: YouTubeState }, { ok: boolean }];

  'selection/choose': [{ selection: Selection }, Done<null>];
  /** "File under <talk> instead": notes follow the talk being watched again. */
  'follow/talk': [NoPayload, Done<null>];
  'session/create': [{ input: SessionInput }, Done<Session>];
  'session/update': [{ id: Id; patch: Partial<SessionInput> }, Done<Session>];
  'session/delete': [{ id: Id }, Done<Removed>];
  /** Undo: puts back what a delete removed. */
  'workspace/restore': [{ removed: Removed }, Done<null>];
  /** Adds a section and makes it the chosen one. */
  'section/add': [{ sessionId: Id; input: SectionInput }, Done<Section>];
  'section/update': [{ id: Id; patch: Partial<SectionInput> }, Done<Section>];
  'section/move': [{ id: Id; beforeId: Id | null }, Done<Section>];
  'section/delete': [{ id: Id }, Done<Removed>];
  /**
   * Save a note where the target rule says (see src/model/target.ts), with the moment frozen when typing began; as
   * the user's words (the default), a quote of the section's speaker or a sub-heading.
   */
  'note/capture': [{ text: string; frozen: FrozenMoment | null; style?: NoteStyle }, Done<FiledNote>];
  /**
   * A snapshot of the context tab's talk at this moment, with the words typed so far as its caption: the video's
   * own frame (`from: 'video'`), or where the page refuses that, the video's part of the screen (`'screen'`).
   * Refused with the reason (no video, an ad playing): nothing is stored. `screenPermission`: the page refused the
   * frame and the browser refused the capture of the screen, which needs the click on the toolbar button or the
   * keyboard command (activeTab) or the permission to capture any page (`<all_urls>`, asked by the page).
   */
  'snapshot/take': [
    { text: string },
    Done<FiledNote & { from: 'video' | 'screen' }> | { error: string; screenPermission: true },
  ];
  /** Turns a text note, quote or sub-heading into another of these. */
  'note/restyle': [{ id: Id; kind: NoteStyle }, Done<Note>];
  /** "Clip page to session": the page in the active tab (the popup's), with the user's comment. */
  'page/clip': [{ comment: string }, Done<FiledNote>];
  /** "Add the playlist's talks": a section per video of the playlist the context tab shows, in its order. */
  'playlist/add': [NoPayload, Done<{ added: number; skipped: number; title: string }>];
  /**
   * "Link the playlist's videos": the playlist the context tab shows, its videos matched by title to the session's
   * talks from the schedule that have no video yet. Nothing is written.
   */
  'playlist/match': [{ sessionId: Id }, Done<PlaylistLinkPlan & { title: string }>];
  /** Links the pairs the user confirmed, each talk to its video of the playlist the context tab still shows. */
  'playlist/link': [
    { sessionId: Id; pairs: { sectionId: Id; videoId: string }[] },
    Done<{ linked: number; skipped: number }>,
  ];
  'note/update': [{ id: Id; patch: NotePatch }, Done<Note>];
  /** Moves a note (`from`: the section it leaves); a talk's time stays only in its talk's section, `at` puts one back. */
  'note/move': [{ id: Id; from: Id; sectionId: Id; beforeId: Id | null; at?: Moment }, Done<Note>];
  'note/remove-time': [{ id: Id }, Done<Note>];
  'note/delete': [{ id: Id }, Done<Removed>];
  /**
   * A schedule file's text, read and compared with the session here (the parsers stay out of the pages): what an
   * import would add and change. Nothing is written.
   */
  'schedule/preview': [ScheduleImportRequest, Done<SchedulePreview>];
  /** Imports the schedule into the session, whole or not at all; announced as one `schedule/imported`. */
  'schedule/import': [ScheduleImportRequest, Done<ScheduleImportSummary>];
  /**
   * Fetches a schedule address the user pasted. The page asked for the optional host permission of that one origin
   * in the user's click (permissions.request needs one); without it, the fetch is refused.
   */
  'schedule/fetch': [{ url: string }, { text: string } | { error: string }];
  /** "Talk B instead": picks a talk among the parallel ones of its slot. */
  'schedule/pick': [{ sessionId: Id; talkId: string }, Done<null>];
  /** Links a talk's recording (null: unlinks) and how it lines up with the clock (null: not yet aligned). */
  'section/link-video': [{ id: Id; videoId: string | null; alignment: ClockAlignment | null }, Done<Section>];
  /** From the popup: the post of the context tab's page (X, Bluesky), as the background read it there. */
  'post/clip': [{ post: Post; comment: string }, (FiledNote & { duplicate: boolean }) | { error: string }];
  /** From the X content script: the tweet's markup, parsed here (the page only takes the snapshot). */
  'tweet/clip-page': [
    { capture: TweetCapture; comment: string },
    (FiledNote & { duplicate: boolean }) | { error: string },
  ];
  /**
   * The comment added to a clip after "Clipped to …", on any network's post; only a clip's comment is set this way,
   * and a content script only on a post of its own site (src/background/post-comment.ts).
   */
  'post/comment': [{ noteId: Id; comment: string }, Done<Note>];
  'tweet/clipped': [{ ids: string[] }, { clipped: string[] }];
  /** From the Bluesky content script: the post's markup, parsed here (the page only takes the snapshot). */
  'bluesky/clip-page': [
    { capture: BlueskyCapture; comment: string },
    (FiledNote & { duplicate: boolean }) | { error: string },
  ];
  /** Which of these Bluesky posts (`postKey`s: `bluesky:<handle>/<rkey>`) the chosen session holds. */
  'bluesky/clipped': [{ keys: string[] }, { clipped: string[] }];
  /**
   * The session's writeup with the saved export settings (`tweets` overrides that one choice: the preview shows
   * tweets as quotes). Rendered here so that the panel does not carry the renderer and its YAML library.
   */
  'export/markdown': [
    { sessionId: string; tweets?: 'embed' | 'quote'; files?: boolean },
    WriteupAnswer | { error: string },
  ];
  /**
   * The popup's question on opening: is the page the user is looking at Mastodon's web interface (asked of that
   * page only, through the popup click's `activeTab` grant), and is clipping enabled there? null when it is not.
   */
  'mastodon/detect': [NoPayload, { origin: string; enabled: boolean } | null];
  /**
   * "Enable clipping on <host>": the popup asks for the instance's host permission in the user's click; with it
   * granted, its content script is registered (and run in its open tabs). Asked before the browser has answered,
   * the instance is enabled once it grants the permission (`waiting`): Firefox closes the popup as it asks.
   */
  'mastodon/enable': [{ origin: string }, Done<{ host: string; waiting?: true }>];
  /**
   * From the Mastodon content script: the post's markup, parsed here. Answered only for a tab on an instance the
   * user enabled, and only for a capture of that instance's page.
   */
  'mastodon/clip-page': [
    { capture: MastodonCapture; comment: string },
    (FiledNote & { duplicate: boolean }) | { error: string },
  ];
  /** Which of these status ids of the sending tab's instance are clipped into the chosen session. */
  'mastodon/clipped': [{ ids: string[] }, { clipped: string[] }];
  /** The instances clipping is enabled on (the options page's list). */
  'mastodon/instances': [NoPayload, { origins: string[] }];
  /** "Remove": unregisters the instance's script, stops it in open tabs and gives its host permission back. */
  'mastodon/remove': [{ origin: string }, Done<null>];
  /** Every session searched (src/search/query.ts says the language); the index lives in the background. */
  'search/query': [{ query: string; limit?: number }, SearchResults | { error: string }];
}

/**
 * A writeup as the background renders it. With `files` asked and snapshots in the session, `images` says where each
 * image goes beside the Markdown (the page reads the Blobs itself and zips them: a message carries no Blob);
 * `snapshots` is how many the session has, so that a Markdown-only export can say they are not in it.
 */
export interface WriteupAnswer {
  markdown: string;
  fileName: string;
  images?: { id: Id; path: string }[];
  snapshots?: number;
}

/**
 * A backup import, on a port the options page opens (`runtime.connect({ name: IMPORT_PORT })`). The background
 * writes it, all or nothing (src/owner/backup-import.ts). In Chrome the file itself goes to the background's
 * service worker (a runtime port carries no File: see BackupFileMessage), which reads and checks it once, on its
 * own thread. Where the background is a page sharing the extension pages' thread (Firefox), the options page's
 * backup worker reads and checks it, and it comes in chunks, because one message may not carry a 100,000-note
 * file; the background writes once `commit` arrives.
 */
export const IMPORT_PORT = 'backup/import';

/**
 * The file of an import, posted to the background's service worker (`navigator.serviceWorker`), which takes it
 * from one of this extension's pages only; `token` (random) ties it to the port that asks for it with `file`.
 */
export interface BackupFileMessage {
  type: 'backup/file';
  token: string;
  file: Blob;
}

export type ToImporter =
  /** Read, check and write the file posted to the service worker with this token. */
  | { type: 'file'; token: string }
  /** How many records (sessions, sections and notes) the chunks will carry. */
  | { type: 'begin'; records: number }
  | { type: 'chunk'; json: JsonOf<ImportChunk> }
  /** Every chunk is sent: write them. */
  | { type: 'commit' }
  /** Write nothing, or roll back what is being written; answered `cancelled` (or `imported` if it was too late). */
  | { type: 'cancel' };

export type FromImporter =
  /** Records written of all, while the one transaction runs. */
  | { type: 'progress'; done: number; total: number }
  | { type: 'imported'; summary: ImportSummary }
  | { type: 'refused'; problems: string[] }
  | { type: 'cancelled' }
  | { type: 'failed'; error: string };

/** The page's end of an import port, typed. */
export interface ImporterPort {
  post: (message: ToImporter) => void;
  onMessage: (listener: (message: FromImporter) => void) => void;
  /** The background went away (its worker stopped or was restarted, the extension reloaded). */
  onEnd: (listener: () => void) => void;
  close: () => void;
}

/** The only requests a content script may send; every other one must come from an extension page. */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<keyof BackgroundRequests> = new Set([
  'tweet/clip-page',
  'post/comment',
  'tweet/clipped',
  'bluesky/clip-page',
  'bluesky/clipped',
  'mastodon/clip-page',
  'mastodon/clipped',
  'youtube/changed',
] as const);

/** Requests to a content script in a tab. */
export interface ContentRequests {
  'youtube/state': [NoPayload, YouTubeState];
  'youtube/seek': [{ seconds: number }, { ok: boolean }];
  'youtube/pause': [NoPayload, { ok: boolean }];
  'youtube/play': [NoPayload, { ok: boolean }];
  /** The playlist the page shows (a playlist page, or a watch page's playlist panel), or null. */
  'youtube/playlist': [NoPayload, Playlist | null];
  /** The tweet right-clicked last, as markup for the background to parse. */
  'tweet/at-point': [NoPayload, TweetCapture | null];
  /** On a status page: the tweet it shows. */
  'tweet/page': [NoPayload, TweetCapture | null];
  'tweet/mark-clipped': [{ ids: string[] }, { ok: boolean }];
  /** The Bluesky post right-clicked last, as markup for the background to parse. */
  'bluesky/at-point': [NoPayload, BlueskyCapture | null];
  /** On a post page: the post it shows (with its author's thread after it when asked). */
  'bluesky/page': [{ thread?: boolean }, BlueskyCapture | null];
  'bluesky/mark-clipped': [{ keys: string[] }, { ok: boolean }];
  /** The Mastodon post right-clicked last, as markup for the background to parse. */
  'mastodon/at-point': [NoPayload, MastodonCapture | null];
  /** On a status page: the post it shows. */
  'mastodon/page': [NoPayload, MastodonCapture | null];
  'mastodon/mark-clipped': [{ ids: string[] }, { ok: boolean }];
  /** The instance was removed: its content script takes its buttons away and stops. */
  'mastodon/stop': [NoPayload, { ok: boolean }];
}

/** Notices from the background to every open page: each change it made, numbered. */
export type Broadcast = Announcement;

type RequestMap<M> = { [T in keyof M]: [object, unknown] };
export type RequestOf<M extends RequestMap<M>, T extends keyof M> = { type: T } & M[T][0];
export type ResponseOf<M extends RequestMap<M>, T extends keyof M> = M[T][1];
export type AnyRequest<M extends RequestMap<M>> = { [T in keyof M]: RequestOf<M, T> }[keyof M];

export type BackgroundRequest = AnyRequest<BackgroundRequests>;
export type ContentRequest = AnyRequest<ContentRequests>;

/** A shape check for anything that arrives on `runtime.onMessage`: a request of one of these types? */
export function isRequestOf<T extends string>(value: unknown, types: ReadonlySet<T>): value is { type: T } {
  return typeof value === 'object' && value !== null && types.has((value as { type?: unknown }).type as T);
}

export function isBroadcast(value: unknown): value is Broadcast {
  const v = value as Partial<Broadcast> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    v.type === 'workspace/changed' &&
    typeof v.seq === 'number' &&
    typeof v.epoch === 'string' &&
    typeof v.change === 'object' &&
    v.change !== null
  );
}
