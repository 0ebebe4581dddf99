/**
 * What the store offers every context (pages, background, CLI through backups). Implemented over idb in
 * src/store/ (createStore); each method that writes is one user action and runs in its own transaction: it either
 * happens whole or throws and leaves the data as it was.
 */
import type { ClockStamp, Id, Moment, Note, Section, SectionSource, Session, TextNote, Post } from '../model/types';
import type { ScheduleFilter } from '../schedule/merge';
import type { Schedule } from '../schedule/talk';
import type { ScheduleImported } from './schedule-import';
import type { SnapshotDraft, SnapshotImage } from './images';
import type { StoredImage, StoredThumb } from './schema';

export type SessionInput = Pick<Session, 'title' | 'date' | 'description' | 'tags' | 'categories'> & {
  fields?: Record<string, string>;
} & Partial<Pick<Session, 'intro' | 'closing' | 'closingHeading' | 'labels'>>;

export type SectionInput = { title: string; speaker?: string; source?: SectionSource };

/** A new note: what the user or a capture gives; ids, order and times are the store's. */
export type NoteDraft =
  | { kind: 'text'; text: string; at?: Moment; clock?: ClockStamp }
  | { kind: 'quote'; text: string; cite: string; url?: string; at?: Moment; clock?: ClockStamp }
  | { kind: 'page'; url: string; title: string; selection: string; comment: string }
  | { kind: 'heading'; text: string };

/** A whole session as the panel and the export need it: sections in order, each section's notes in order. */
export interface SessionContents {
  session: Session;
  sections: Section[];
  notesBySection: Map<Id, Note[]>;
}

/**
 * A session as the panel opens it: every section, but in `notesBySection` only the newest notes of each (every
 * note from some order on), and in `noteCounts` how many notes each section has in all.
 */
export interface PartialSession extends SessionContents {
  noteCounts: Map<Id, number>;
}

/** Everything a delete removed, so that undo can put it back exactly. */
export interface Removed {
  sessions: Session[];
  sections: Section[];
  notes: Note[];
}

/** Where to put an item: after the last one, or before a given sibling. */
export type Place = { beforeId?: Id | null };

export interface Store {
  listSessions: () => Promise<Session[]>;
  getSession: (id: Id) => Promise<Session | undefined>;
  loadSession: (id: Id) => Promise<SessionContents | undefined>;
  /**
   * The session with only the newest notes of each section, in one read-only transaction: `newest` is given each
   * section's note count (in section order) and says how many of its newest notes to read (missing: none). It runs
   * inside the transaction, so it must be synchronous. The counts are stored with the sections: nothing is counted.
   */
  loadPartialSession: (
    id: Id,
    newest: (noteCounts: ReadonlyMap<Id, number>) => ReadonlyMap<Id, number>,
  ) => Promise<PartialSession | undefined>;
  /** The newest `count` notes of a section ordered before `beforeOrder`, in order ("Show earlier notes"). */
  loadEarlierNotes: (sectionId: Id, beforeOrder: number, count: number) => Promise<Note[]>;
  createSession: (input: SessionInput) => Promise<Session>;
  updateSession: (id: Id, patch: Partial<SessionInput>) => Promise<Session>;
  deleteSession: (id: Id) => Promise<Removed>;
  /** Puts back what a delete removed (undo). */
  restore: (removed: Removed) => Promise<void>;

  /** One section by id (e.g. to name where a captured note went), without reading its session. */
  getSection: (id: Id) => Promise<Section | undefined>;
  /** The sections of a session in order, without their notes (what a capture needs to pick its section). */
  listSections: (sessionId: Id) => Promise<Section[]>;
  addSection: (sessionId: Id, input: SectionInput, place?: Place) => Promise<Section>;
  updateSection: (id: Id, patch: Partial<SectionInput>) => Promise<Section>;
  moveSection: (id: Id, place: Place) => Promise<Section>;
  deleteSection: (id: Id) => Promise<Removed>;
  /** The section bound to this source in the session, created (at the end) on first use. */
  sectionForSource: (sessionId: Id, source: SectionSource, input: SectionInput) => Promise<Section>;
  /**
   * Imports the event's schedule: a section per new talk passing the filter, known talks updated (moved, renamed,
   * cancelled: marked, never deleted), in one transaction (src/schedule/merge.ts says how talks are matched).
   */
  importSchedule: (sessionId: Id, schedule: Schedule, filter?: ScheduleFilter) => Promise<ScheduleImported>;

  getNote: (id: Id) => Promise<Note | undefined>;
  addNote: (sessionId: Id, sectionId: Id, draft: NoteDraft, place?: Place) => Promise<Note>;
  /** Replaces the editable fields of a note (text, cite, comment...); kind, ids and order stay. */
  updateNote: (id: Id, patch: { text?: string; cite?: string; comment?: string }) => Promise<Note>;
  /**
   * Moves a note within its section or to another section of the same session. A talk's time stays only in that
   * talk's section (moved elsewhere, it is dropped); `at` puts a dropped time back (Undo), there too.
   */
  moveNote: (id: Id, to: { sectionId: Id; at?: Moment } & Place) => Promise<Note>;
  /** Removes a note's talk time. */
  removeNoteTime: (id: Id) => Promise<Note>;
  /** Turns a text note, quote or sub-heading into another of these, keeping its words (and time, but a heading's). */
  restyleNote: (id: Id, kind: 'text' | 'quote' | 'heading', cite: string) => Promise<Note>;
  deleteNote: (id: Id) => Promise<Removed>;
  /** Clips a post; a post already clipped into the session is kept once (`duplicate: true`, the existing note). */
  clipPost: (sessionId: Id, sectionId: Id, post: Post, comment: string) => Promise<{ note: Note; duplicate: boolean }>;
  /** Which of these post keys (`postKey`: `x:<id>`…) are already clipped into the session. */
  clippedPostKeys: (sessionId: Id, keys: string[]) => Promise<string[]>;

  /** A text note showing a frame of the talk, and the frame, in one transaction (src/store/images.ts). */
  addSnapshot: (sessionId: Id, sectionId: Id, draft: SnapshotDraft, image: SnapshotImage) => Promise<TextNote>;
  /** The ids of images still without a thumbnail (marked `thumbless`), oldest first; the background makes theirs. */
  thumblessImageIds: () => Promise<Id[]>;
  /** Keeps an image's thumbnail (false: the image is gone). */
  setThumb: (id: Id, thumb: StoredThumb) => Promise<boolean>;
  /** A snapshot's image (its note deleted: `removedAt` is set until its Undo or its end). */
  getImage: (id: Id) => Promise<StoredImage | undefined>;
  /** How many images the profile keeps, and their size in bytes (the options page's storage line). */
  imageUsage: () => Promise<{ count: number; bytes: number }>;
  /** The images of a session's notes, for its export and backup. */
  listImages: (sessionId: Id) => Promise<StoredImage[]>;

  /** Every session, in no particular order (the search index's read). */
  listAllSessions: () => Promise<Session[]>;
  /** Every section of every session, in no particular order (the search index's read). */
  listAllSections: () => Promise<Section[]>;
  /**
   * About `count` notes of any session, a batch at a time: `after` is the previous batch's `next` (null: the first
   * batch); `next` is null after the last. A note may come in two batches when its page was split meanwhile.
   */
  readNotes: (after: number | null, count: number) => Promise<{ notes: Note[]; next: number | null }>;
}
