/**
 * importBackup: the whole file is validated first; then every record is written by id (put) in ONE transaction,
 * so a failure or a Cancel anywhere leaves the profile as it was, and importing the same file again duplicates
 * nothing. Records already in the profile with the same id are replaced by the file's; records the file lacks are
 * kept. A file record whose id belongs to another session in this profile is refused: putting it would move that
 * record between sessions and orphan its notes.
 *
 * What is already there is read by keys only, in a few requests. Writes go out in batches, each awaited before
 * the next: the transaction stays alive (a request is always pending), the thread running it gets a turn between
 * batches to hear a Cancel, and progress can be told.
 */
import { unwrap } from 'idb';
import type { Session } from '../model/types';
import type { ConfnotesDatabase } from '../store/db';
import { storedSection } from '../store/note-counts';
import { pageNotes } from './import-notes';
import type { StoredSection } from '../store/schema';
import { inTransaction } from '../store/transaction';
import { BackupError, type BackupEntry, type BackupImage, type ImportSummary } from './format';
import type { StoredImage } from '../store/schema';
import { base64ToBytes } from './base64';
import { fieldPath } from './problems';
import { parseBackup } from './validate';

const BATCH = 2000;

export interface ImportOptions {
  /** Records written so far of all; called after each batch. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting it before the commit rolls the import back whole. */
  signal?: AbortSignal;
}

export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled: nothing changed.');
    this.name = 'ImportCancelled';
  }
}

type Item =
  | { store: 'sessions'; record: Session; entry: number; at: string }
  | { store: 'sections'; record: StoredSection; entry: number; at: string }
  | { store: 'images'; record: StoredImage; entry: number; at: string };

/** A backup's image as the store keeps it: its bytes a Blob again. */
function storedImage(image: BackupImage, sessionId: string, createdAt: number): StoredImage {
  const { data, ...ref } = image;
  const blob = new Blob([base64ToBytes(data)], { type: image.mime });
  // A backup carries no thumbnails: marked, the background makes them after the import (src/background/thumb-fill.ts).
  return { ...ref, sessionId, blob, createdAt, thumbless: createdAt };
}

function requestDone(request: IDBRequest): Promise<void> {
  return new Promise((resolve, reject) => {
    request.addEventListener('success', () => resolve());
    request.addEventListener('error', () => reject(request.error ?? new Error('IndexedDB request failed')));
  });
}

/** The file's sessions, sections (their counts set once the notes are paged) and images, with where each is. */
function itemsOf(entries: readonly BackupEntry[]): Item[] {
  const items: Item[] = [];
  entries.forEach((e, i) => {
    items.push({ store: 'sessions', record: e.session, entry: i, at: `/sessions/${i}/session/id` });
    e.sections.forEach((s, j) =>
      items.push({
        store: 'sections',
        record: { ...s, noteCount: 0 },
        entry: i,
        at: `/sessions/${i}/sections/${j}/id`,
      }),
    );
    const created = new Map(e.notes.map((n) => [n.id, n.createdAt]));
    e.images?.forEach((image, k) =>
      items.push({
        store: 'images',
        record: storedImage(image, e.session.id, created.get(image.noteId) ?? e.session.createdAt),
        entry: i,
        at: `/sessions/${i}/images/${k}/id`,
      }),
    );
  });
  return items;
}

/** Parses and checks a backup file's text, then writes it (importEntries). */
export async function importBackup(
  db: ConfnotesDatabase,
  text: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const check = parseBackup(text);
  if (!check.ok) throw new BackupError(check.problems);
  return importEntries(db, check.backup.sessions, options);
}

/**
 * Writes a checked backup's sessions (validateBackup's, or the background's reassembly of them: see
 * src/owner/backup-import.ts), all of them or nothing.
 */
export async function importEntries(
  db: ConfnotesDatabase,
  entries: readonly BackupEntry[],
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const { onProgress, signal } = options;
  const items = itemsOf(entries);
  const notes = entries.reduce((n, e) => n + e.notes.length, 0);
  const total = items.length + notes;
  if (signal?.aborted) throw new ImportCancelled();
  return inTransaction(db, ['sessions', 'sections', 'notePages', 'images'], 'readwrite', async (tx) => {
    const stop = () => {
      if (signal?.aborted) throw new ImportCancelled();
    };
    // What is there already, by keys only (a few requests, not one per record): every key of each store, and the
    // keys of each of the file's sessions. A key in the store but not in its session's belongs to another session.
    // Notes are known by reading the profile's pages, only when it has any (into a new profile: nothing to read).
    const pagesStore = tx.objectStore('notePages');
    const [sessionKeys, sectionKeys, imageKeys, anyPage] = await Promise.all([
      tx.objectStore('sessions').getAllKeys(),
      tx.objectStore('sections').getAllKeys(),
      tx.objectStore('images').getAllKeys(),
      pagesStore.openKeyCursor(),
    ]);
    const [profilePages, own] = await Promise.all([
      anyPage ? pagesStore.getAll() : Promise.resolve([]),
      Promise.all(
        entries.map((e) =>
          Promise.all([
            tx
              .objectStore('sections')
              .index('by-session-order')
              .getAllKeys(IDBKeyRange.bound([e.session.id, -Infinity], [e.session.id, Infinity])),
            tx.objectStore('images').index('by-session').getAllKeys(e.session.id),
          ]),
        ),
      ),
    ]);
    stop();
    const existing = {
      sessions: new Set(sessionKeys),
      sections: new Set(sectionKeys),
      images: new Set(imageKeys),
    };
    const ownKeys = own.map(([sections, images]) => new Set<string>([...sections, ...images]));
    const problems: string[] = [];
    const refuse = (at: string) => {
      if (problems.length < 10) problems.push(`${fieldPath(at)}: this id belongs to another session in this profile`);
    };
    let replaced = 0;
    for (const item of items) {
      if (!existing[item.store].has(item.record.id)) continue;
      replaced += 1;
      if (item.store !== 'sessions' && !ownKeys[item.entry]!.has(item.record.id)) refuse(item.at);
    }
    if (profilePages.length) {
      const sessionOf = new Map<string, string>();
      for (const page of profilePages) for (const id of page.noteIds) sessionOf.set(id, page.sessionId);
      entries.forEach((e, i) =>
        e.notes.forEach((n, k) => {
          const held = sessionOf.get(n.id);
          if (held === undefined) return;
          replaced += 1;
          if (held !== e.session.id) refuse(`/sessions/${i}/notes/${k}/id`);
        }),
      );
    }
    if (problems.length) throw new BackupError(problems.slice(0, 10));
    const paged = pageNotes(entries, profilePages);
    // Sections of the profile the file does not have, whose notes it moved elsewhere, get their new counts too.
    const fileSections = new Set(items.flatMap((item) => (item.store === 'sections' ? [item.record.id] : [])));
    const others = [...paged.counts.keys()].filter((id) => !fileSections.has(id));
    const otherSections = await Promise.all(others.map((id) => tx.objectStore('sections').get(id)));
    stop();
    for (const item of items)
      if (item.store === 'sections') item.record = { ...item.record, noteCount: paged.counts.get(item.record.id) ?? 0 };
    onProgress?.(0, total);
    // The writes go to the bare object stores: idb's promise per request cost about a tenth of the import's time
    // at 100,000 notes. Requests of one transaction succeed in the order they were made, so the batch is written
    // when its last request is; a failed one aborts the transaction, and every later request fails with it.
    const stores = {
      sessions: unwrap(tx.objectStore('sessions')),
      sections: unwrap(tx.objectStore('sections')),
      notePages: unwrap(pagesStore),
      images: unwrap(tx.objectStore('images')),
    };
    // Each write with the records of the file it stands for: a page its notes of the file.
    const writes: [() => IDBRequest, number][] = [
      ...items.map((item): [() => IDBRequest, number] => [() => stores[item.store].put(item.record), 1]),
      ...otherSections.flatMap((section): [() => IDBRequest, number][] =>
        section ? [[() => stores.sections.put(storedSection(section, paged.counts.get(section.id) ?? 0)), 0]] : [],
      ),
      ...paged.deleted.map((id): [() => IDBRequest, number] => [() => stores.notePages.delete(id), 0]),
      ...paged.pages.map(({ page, fileNotes }): [() => IDBRequest, number] => [
        () => stores.notePages.put(page),
        fileNotes,
      ]),
    ];
    let done = 0;
    for (let from = 0; from < writes.length;) {
      let last: IDBRequest | undefined;
      let weight = 0;
      for (; from < writes.length && weight < BATCH; from += 1) {
        const [write, records] = writes[from]!;
        last = write();
        // A page is a few hundred records' worth of writing.
        weight += Math.max(1, records);
        done += records;
      }
      await requestDone(last!);
      stop();
      onProgress?.(Math.min(done, total), total);
    }
    // A Cancel heard after the last batch still comes before the commit.
    stop();
    const sections = entries.reduce((n, e) => n + e.sections.length, 0);
    return { sessions: entries.length, sections, notes, replaced };
  });
}
