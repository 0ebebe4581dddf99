/**
 * The backup file: every session with its sections and notes, exactly as stored. Documented in
 * docs/backup-format.md; its JSON Schema is docs/backup-format.schema.json. A change of shape bumps
 * BACKUP_VERSION, and import then learns to read the older versions too.
 */
import type { Id, ImageMime, Note, Section, Session } from '../model/types';

export const BACKUP_FORMAT = 'confnotes-backup';
/**
 * Version 2 reshaped tweets' cards and videos; version 3 added the optional schedule of a section, clock stamp of a
 * note and alignment of a video; version 4 the optional introduction, closing remarks and reference labels of a
 * session, and sub-heading notes; version 5 snapshots: a text note's optional image and the entry's images; version 6
 * posts of X, Bluesky and Mastodon: a tweet note became a post note (`kind: 'post'`, `post` with its `network`);
 * version 7 a poll's optional `closed` and `ends`, and each choice's optional `votes` (Mastodon's polls).
 */
export const BACKUP_VERSION = 7;
/** The oldest version import still reads (upgraded on the way in: see src/backup/upgrade.ts). */
export const OLDEST_BACKUP_VERSION = 1;

export interface BackupEntry {
  session: Session;
  /** In the user's order. */
  sections: Section[];
  /** Grouped by section in the sections' order, each group in the notes' order. */
  notes: Note[];
  /** The snapshots' bytes, one per note with an image (absent: none), in the notes' order. */
  images?: BackupImage[];
}

/** A snapshot's bytes in a backup: base64 in the JSON, the note that shows it, and what the note says of it. */
export interface BackupImage {
  id: Id;
  noteId: Id;
  width: number;
  height: number;
  mime: ImageMime;
  /** The encoded image, base64 with padding. */
  data: string;
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  sessions: BackupEntry[];
}

/** What an import wrote, for the page to tell the user. */
export interface ImportSummary {
  sessions: number;
  sections: number;
  notes: number;
  /** Records that were already in the profile (same id) and were replaced by the file's version. */
  replaced: number;
}

/** A file refused before anything was written; `problems` each name the field and the reason. */
export class BackupError extends Error {
  constructor(readonly problems: string[]) {
    super(`This backup cannot be imported: ${problems.join('; ')}`);
    this.name = 'BackupError';
  }
}
