import type { DBSchema } from 'idb';
import type { Id, ImageMime, Millis, Note, Section, Session } from '../model/types';

/**
 * The one IndexedDB schema of Confnotes. Every change bumps DB_VERSION and adds an upgrade step in
 * src/store/upgrades.ts, tested by opening a database written by the previous version.
 */
export const DB_NAME = 'confnotes';
export const DB_VERSION = 7;

/**
 * A section as stored: the section and how many notes it holds, kept exact by every write in the same transaction,
 * so that opening the panel reads each section's count with the section instead of counting its notes. The count is
 * the store's own: it is taken off before a section leaves the store (`sectionOf`) and is never in a backup.
 */
export type StoredSection = Section & { noteCount: number };

/**
 * A small picture of a snapshot for the note list (at most THUMB_WIDTH wide), as bytes: an ArrayBuffer is read with
 * its record, where an object URL of a Blob just written to IndexedDB loads slowly in Chromium (the Blob is a
 * file of its own there).
 */
export interface StoredThumb {
  bytes: ArrayBuffer;
  width: number;
  height: number;
  mime: ImageMime;
}

/**
 * A snapshot's image: the encoded frame as a Blob, apart from its note (src/model/types.ts ImageRef) so that
 * reading notes never reads images. `removedAt` is set when its note is deleted: the image stays for the note's
 * Undo (an Undo crosses a message, which cannot carry a Blob) and is dropped by a later delete once a day old.
 */
export interface StoredImage {
  id: Id;
  sessionId: Id;
  noteId: Id;
  blob: Blob;
  width: number;
  height: number;
  mime: ImageMime;
  createdAt: Millis;
  removedAt?: Millis;
  /** Its thumbnail; absent, `thumbless` is set (when it was marked) until the background makes one. */
  thumb?: StoredThumb;
  thumbless?: Millis;
}

/**
 * Notes are stored in pages: a run of one section's notes in order, at most PAGE_NOTES of them (src/store/pages.ts).
 * IndexedDB costs about 84 µs per record in Chromium whatever its size, so 100,000 notes as one record each took
 * 8-18 s to write and as 500 pages under a second. A page is the store's own: nothing outside src/store/ sees one,
 * and a backup still lists notes. `id` is made by the store's key generator, so a page made later always sorts
 * after every page there was (the search's batched read relies on it). `noteIds` and `sources` are derived from
 * `notes` at every write (pageOf), for the indexes.
 */
export interface NotePage {
  id: number;
  sessionId: Id;
  sectionId: Id;
  /** The order and id of its first note. */
  first: number;
  firstId: Id;
  /** Sorted by order, then id. */
  notes: Note[];
  noteIds: Id[];
  /** Each post note's [sessionId, postKey] (other notes never block a clip). */
  sources: [Id, string][];
}

export interface ConfnotesDB extends DBSchema {
  sessions: {
    key: string;
    value: Session;
    indexes: { 'by-updated': number };
  };
  sections: {
    key: string;
    value: StoredSection;
    indexes: {
      /** All sections of a session, in the user's order: one query. */
      'by-session-order': [string, number];
      /** The section bound to a source (a video) within a session. */
      'by-session-source': [string, string];
    };
  };
  notePages: {
    key: number;
    value: NotePage;
    indexes: {
      /** All pages of a session: one query, their notes grouped by section and sorted by order in memory. */
      'by-session': string;
      /**
       * The pages of one section, in their notes' order (by the first note's order, then its id, as the notes sort):
       * a section's last page is one reverse cursor, its newest pages a reverse walk.
       */
      'by-section-first': [string, number, string];
      /** The page holding a note (multiEntry over `noteIds`): notes keep being found by their id. */
      'by-note': string;
      /** A post already clipped into a session (multiEntry over `sources`: each [sessionId, postKey] pair). */
      'by-source': [string, string];
    };
  };
  images: {
    key: string;
    value: StoredImage;
    indexes: {
      /** A session's images, for its export and backup. */
      'by-session': string;
      /** Images whose note was deleted (only those have the field), oldest first: what may be dropped. */
      'by-removed': number;
      /** Images still without a thumbnail (only those have the field): what the background makes thumbnails of. */
      'by-thumbless': number;
    };
  };
}

export type StoreName = 'sessions' | 'sections' | 'notePages' | 'images';
