/**
 * For tests only (imported by *.test.ts, never by the extension): a fresh fake-indexeddb database per test,
 * a store with a predictable clock and ids, and a dump of every record to prove "nothing changed".
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createStore } from './create-store';
import { openConfnotesDB, type ConfnotesDatabase } from './db';
import './record-checks-static';
import type { IDBPDatabase } from 'idb';
import type { Id, Note } from '../model/types';
import type { UpgradeDB } from './upgrades';
import { byOrderThenId, notesOf, pagesFor } from './pages';
import type { NotePage } from './schema';
import { SectionPages } from './section-pages';

export async function freshStore(idPrefix = 'id') {
  const factory = new IDBFactory();
  const db = await openConfnotesDB(factory);
  let time = 1_700_000_000_000;
  let id = 0;
  const store = createStore(db, {
    now: () => (time += 1000),
    newId: () => `${idPrefix}-${String(++id).padStart(3, '0')}`,
  });
  return { factory, db, store };
}

/** Every record of every store, in key order: compare before and after to show a failure changed nothing. */
export async function dumpAll(db: ConfnotesDatabase) {
  return {
    sessions: await db.getAll('sessions'),
    sections: await db.getAll('sections'),
    // Before pages (version 6 and earlier), a record per note.
    notes: db.objectStoreNames.contains('notePages')
      ? await allNotes(db)
      : await (db as unknown as IDBPDatabase<UpgradeDB>).getAll('notes'),
    // Absent in a database written as it was before snapshots (version 3).
    ...(db.objectStoreNames.contains('images') ? { images: await db.getAll('images') } : {}),
  };
}

/** Every note of the profile (read out of its pages), by id. */
export async function allNotes(db: ConfnotesDatabase): Promise<Note[]> {
  return notesOf(await db.getAll('notePages')).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** One note by id, read out of its page. */
export async function noteById(db: ConfnotesDatabase, id: Id): Promise<Note | undefined> {
  return (await db.getFromIndex('notePages', 'by-note', id))?.notes.find((n) => n.id === id);
}

/**
 * Writes notes as they are given, past every check and count (as an older version or a crafted file may have left
 * them): each taken out of the page holding it, then put into its section's pages where its order puts it.
 */
export async function putRawNotes(db: ConfnotesDatabase, notes: readonly Note[]): Promise<void> {
  const tx = db.transaction('notePages', 'readwrite');
  const store = tx.objectStore('notePages');
  for (const note of notes) {
    const held = await SectionPages.holding(store, note.id);
    if (held) {
      held.pages.remove(note.id);
      await held.pages.write(store);
    }
    const pages = await SectionPages.all(store, note.sessionId, note.sectionId);
    pages.insert(note);
    await pages.write(store);
  }
  await tx.done;
}

/** Notes as the page records that hold them (grouped by section, in order), to put raw in a test's transaction. */
export function pagedRecords(notes: readonly Note[]): NotePage[] {
  const sections = new Map<Id, Note[]>();
  for (const note of notes) sections.set(note.sectionId, [...(sections.get(note.sectionId) ?? []), note]);
  return [...sections.values()].flatMap(
    (list) => pagesFor(list[0]!.sessionId, list[0]!.sectionId, list.sort(byOrderThenId)) as NotePage[],
  );
}

/**
 * A section's `count` text notes ('0', '1'...) written in one transaction, in pages as an import leaves them, with
 * the section's count: for tests about reading or placing in a long section, not about appending one by one.
 */
export async function writeSectionNotes(
  db: ConfnotesDatabase,
  sessionId: Id,
  sectionId: Id,
  count: number,
): Promise<Note[]> {
  const notes: Note[] = Array.from({ length: count }, (_, i) => ({
    id: `n${String(i).padStart(4, '0')}`,
    sessionId,
    sectionId,
    kind: 'text',
    text: `${i}`,
    order: (i + 1) * 1024,
    createdAt: i,
    updatedAt: i,
  }));
  const tx = db.transaction(['sections', 'notePages'], 'readwrite');
  const section = (await tx.objectStore('sections').get(sectionId))!;
  await Promise.all([
    tx.objectStore('sections').put({ ...section, noteCount: section.noteCount + count }),
    ...pagedRecords(notes).map((page) => tx.objectStore('notePages').put(page)),
    tx.done,
  ]);
  return notes;
}
