/**
 * Versioned upgrade steps of the Confnotes database. UPGRADES[n] turns a database of version n into version n + 1,
 * so a browser that skipped versions runs every step in between, in order, inside the one versionchange
 * transaction. To change the schema: bump DB_VERSION in schema.ts, append one step here, and add a test in
 * upgrades.test.ts that writes data with `openConfnotesDB(factory, { version: DB_VERSION - 1 })` and reopens it.
 *
 * A step that rewrites notes does it through NOTE_REWRITES, not a cursor of its own: the rewrites of every step to
 * run are composed into one pass over the notes, so a database several versions old gets each rewrite in order
 * (two cursors of two steps would race over the same records in the one transaction).
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { upgradeNoteV1 } from '../model/tweet-upgrade';
import { upgradeNoteToPost } from '../model/post-upgrade';
import type { Note } from '../model/types';
import type { ConfnotesDB, NotePage, StoreName } from './schema';
import { byOrderThenId, pagesFor } from './pages';
import { logged } from '../log';

/** The schema with the stores of earlier versions that today's has not (a note a record, up to version 6). */
export interface UpgradeDB extends ConfnotesDB {
  notes: {
    key: string;
    value: Note;
    indexes: { 'by-session': string; 'by-section-order': [string, number]; 'by-session-source': [string, string] };
  };
}
type UpgradeStore = StoreName | 'notes';
type UpgradeTx = IDBPTransaction<UpgradeDB, UpgradeStore[], 'versionchange'>;

/**
 * A step's work within the versionchange transaction; one that goes on with requests returns its promise, so that
 * moving the notes into pages waits for it before the `notes` store is dropped.
 */
export type UpgradeStep = (db: IDBPDatabase<UpgradeDB>, tx: UpgradeTx) => void | Promise<void>;

/** v0 -> v1: the three stores and the indexes that make "everything in session S, in order" one query each. */
const createStores: UpgradeStep = (db) => {
  const sessions = db.createObjectStore('sessions', { keyPath: 'id' });
  sessions.createIndex('by-updated', 'updatedAt');

  const sections = db.createObjectStore('sections', { keyPath: 'id' });
  sections.createIndex('by-session-order', ['sessionId', 'order']);
  // Free sections have no sourceKey, so they are simply absent from this index.
  sections.createIndex('by-session-source', ['sessionId', 'sourceKey']);

  const notes = db.createObjectStore('notes', { keyPath: 'id' });
  notes.createIndex('by-session', 'sessionId');
  notes.createIndex('by-section-order', ['sectionId', 'order']);
  notes.createIndex('by-session-source', ['sessionId', 'sourceKey']);
};

/**
 * v1 -> v2: tweets' media in today's shape (a card's link in `url`, its picture in `image`; a video's poster in
 * `poster`), see src/model/tweet-upgrade.ts: a rewrite of the notes (NOTE_REWRITES), nothing else.
 */
const upgradeTweetMedia: UpgradeStep = () => undefined;

/**
 * v2 -> v3: each section's note count in its record (StoredSection), so the panel opens without counting. The notes
 * are counted from the `by-section-order` index's keys alone (no note is read), then every section is rewritten
 * with its count; a section without notes gets 0.
 */
const countSectionNotes: UpgradeStep = (_db, tx) =>
  (async () => {
    const counts = new Map<string, number>();
    const index = tx.objectStore('notes').index('by-section-order');
    for (let cursor = await index.openKeyCursor(); cursor; cursor = await cursor.continue()) {
      const sectionId = cursor.key[0];
      counts.set(sectionId, (counts.get(sectionId) ?? 0) + 1);
    }
    const sections = tx.objectStore('sections');
    for (let cursor = await sections.openCursor(); cursor; cursor = await cursor.continue()) {
      await cursor.update({ ...cursor.value, noteCount: counts.get(cursor.value.id) ?? 0 });
    }
  })().catch((error: unknown) => {
    logged('counting the notes of each section')(error);
    // Aborting fails the whole upgrade, so the database stays at the old version with nothing half-counted.
    tx.abort();
  });

/** v3 -> v4: snapshots' images in their own store (StoredImage); no existing record changes. */
const addImages: UpgradeStep = (db) => {
  const images = db.createObjectStore('images', { keyPath: 'id' });
  images.createIndex('by-session', 'sessionId');
  images.createIndex('by-removed', 'removedAt');
};

/**
 * v4 -> v5: snapshots get a small thumbnail beside the full image (StoredImage.thumb). Making one means decoding
 * the image, which cannot happen inside the versionchange transaction (it would end while waiting), so this step
 * marks every existing image `thumbless` and indexes the mark; the background makes their thumbnails afterwards
 * (src/background/thumb-fill.ts), and the panel shows the full image until then.
 */
const markThumbless: UpgradeStep = (_db, tx) => {
  const images = tx.objectStore('images');
  images.createIndex('by-thumbless', 'thumbless');
  void (async () => {
    for (let cursor = await images.openCursor(); cursor; cursor = await cursor.continue()) {
      if (!cursor.value.thumb) await cursor.update({ ...cursor.value, thumbless: cursor.value.createdAt });
    }
  })().catch((error: unknown) => {
    logged('marking the images without a thumbnail')(error);
    tx.abort();
  });
};

/**
 * v5 -> v6: tweet clips become posts of X (kind `post`, `post.network: 'x'`, key `x:<id>`), as posts of Bluesky and
 * Mastodon are stored beside them (src/model/post-upgrade.ts): a rewrite of the notes (NOTE_REWRITES). The dedupe
 * index follows the new keys by itself.
 */
const tweetsToPosts: UpgradeStep = () => undefined;

/**
 * v6 -> v7: notes stored in pages of a section's notes (NotePage in schema.ts), a record per PAGE_NOTES notes
 * instead of one per note: IndexedDB's cost is per record. The store and its indexes are made here; the notes are
 * moved into it, and the `notes` store dropped, by the one pass over the notes (moveNotes), after their rewrites.
 */
const pageNotes: UpgradeStep = (db) => {
  const pages = db.createObjectStore('notePages', { keyPath: 'id', autoIncrement: true });
  pages.createIndex('by-session', 'sessionId');
  pages.createIndex('by-section-first', ['sectionId', 'first', 'firstId']);
  pages.createIndex('by-note', 'noteIds', { multiEntry: true });
  pages.createIndex('by-source', 'sources', { multiEntry: true });
};

/** The first version whose notes are in pages. */
const PAGED = 7;

/** NOTE_REWRITES[n]: how the step from version n rewrites a stored note (any other note comes back as it was). */
const NOTE_REWRITES: Readonly<Record<number, (note: unknown) => unknown>> = {
  1: upgradeNoteV1,
  5: upgradeNoteToPost,
};

/**
 * Into pages: every note read in one request, rewritten, grouped by section in order and put as pages; then the
 * `notes` store is dropped (in this transaction: a failure leaves the database at its old version, notes and all).
 */
function moveNotes(
  rewrites: ((note: unknown) => unknown)[],
  db: IDBPDatabase<UpgradeDB>,
  tx: UpgradeTx,
  earlier: Promise<void>[],
): void {
  void (async () => {
    // The earlier steps' reads of the notes (the counts of version 3) end first.
    await Promise.all(earlier);
    const all = (await tx.objectStore('notes').getAll()) as unknown[];
    const sections = new Map<string, Note[]>();
    for (const stored of all) {
      const note = rewrites.reduce((n, rewrite) => rewrite(n), stored) as Note;
      // By session and section: a page is one section's, of one session.
      const key = JSON.stringify([note.sessionId, note.sectionId]);
      const group = sections.get(key);
      if (group) group.push(note);
      else sections.set(key, [note]);
    }
    const pages = tx.objectStore('notePages');
    const puts: Promise<unknown>[] = [];
    for (const notes of sections.values()) {
      const { sessionId, sectionId } = notes[0]!;
      for (const page of pagesFor(sessionId, sectionId, notes.sort(byOrderThenId)))
        puts.push(pages.put(page as NotePage));
    }
    await Promise.all(puts);
    db.deleteObjectStore('notes');
  })().catch((error: unknown) => {
    logged('moving the notes into pages')(error);
    try {
      tx.abort();
    } catch {
      // Already aborted by an earlier step's failure: nothing more to undo.
    }
  });
}

/**
 * One pass over the notes with the rewrites of versions from..to-1 composed in order; only changed notes written,
 * or, up to a version with pages, every note moved into them.
 */
function rewriteNotes(
  from: number,
  to: number,
  db: IDBPDatabase<UpgradeDB>,
  tx: UpgradeTx,
  earlier: Promise<void>[],
): void {
  const rewrites: ((note: unknown) => unknown)[] = [];
  for (let version = Math.max(from, 1); version < to; version += 1) {
    const rewrite = NOTE_REWRITES[version];
    if (rewrite) rewrites.push(rewrite);
  }
  if (from < PAGED && to >= PAGED) {
    // A new database (from 0) has no notes: the store the first step made goes at once.
    if (from === 0) db.deleteObjectStore('notes');
    else moveNotes(rewrites, db, tx, earlier);
    return;
  }
  // A new database (from 0) has no notes to rewrite.
  if (from === 0 || rewrites.length === 0) return;
  const notes = tx.objectStore('notes');
  void (async () => {
    for (let cursor = await notes.openCursor(); cursor; cursor = await cursor.continue()) {
      // Read as stored: an older record's shape is not today's Note type.
      const stored: unknown = cursor.value;
      const upgraded = rewrites.reduce((note, rewrite) => rewrite(note), stored);
      if (upgraded !== stored) await cursor.update(upgraded as typeof cursor.value);
    }
  })().catch((error: unknown) => {
    // Aborting fails the upgrade, and so the opening of the database, which the pages show; the cause is logged.
    logged('upgrading the stored notes')(error);
    tx.abort();
  });
}

export const UPGRADES: readonly UpgradeStep[] = [
  createStores,
  upgradeTweetMedia,
  countSectionNotes,
  addImages,
  markThumbless,
  tweetsToPosts,
  pageNotes,
];

/** Runs the steps from oldVersion up to newVersion; a step missing is a programming error, not a user's. */
export function runUpgrades(
  given: IDBPDatabase<ConfnotesDB>,
  oldVersion: number,
  newVersion: number,
  givenTx: IDBPTransaction<ConfnotesDB, StoreName[], 'versionchange'>,
): void {
  // Earlier versions' stores are reached through the upgrade's own schema.
  const db = given as unknown as IDBPDatabase<UpgradeDB>;
  const tx = givenTx as unknown as UpgradeTx;
  const running: Promise<void>[] = [];
  for (let version = oldVersion; version < newVersion; version += 1) {
    const step = UPGRADES[version];
    if (!step) throw new Error(`No upgrade step from database version ${version}`);
    const work = step(db, tx);
    if (work) running.push(work);
  }
  rewriteNotes(oldVersion, newVersion, db, tx, running);
}
