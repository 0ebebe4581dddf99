import type { DBSchema } from 'idb';
import type { Id, ImageMime, Millis, Note, Section, Session } from '../model/types';

/**
 * The one IndexedDB schema of Confnotes. Every change bumps DB_VERSION and adds an upgrade step in
 * src/store/upgrades.ts, tested by opening a database written by the previous version.
 */
export const DB_NAME = 'confnotes';
export const DB_VERSION = 6;

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
  notes: {
    key: string;
    value: Note;
    indexes: {
      /** All notes of a session: one query, grouped by section and sorted by order in memory. */
      'by-session': string;
      /** The notes of one section, in order. */
      'by-section-order': [string, number];
      /** A post already clipped into a session (its `postKey`). */
      'by-session-source': [string, string];
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

export type StoreName = 'sessions' | 'sections' | 'notes' | 'images';
