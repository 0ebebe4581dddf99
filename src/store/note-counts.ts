/**
 * Each section's note count lives in its record (StoredSection) and every write that adds, removes or moves notes
 * changes it in the same transaction. These are the few ways it changes; the count never leaves the store.
 */
import type { IDBPTransaction } from 'idb';
import type { Id, Section } from '../model/types';
import type { ConfnotesDB, StoredSection, StoreName } from './schema';
import { storableSection } from './record-check';
import { sectionOf } from './section-record';
import { pagesOfSection } from './section-pages';

type WriteTx = IDBPTransaction<ConfnotesDB, StoreName[], 'readwrite'>;

export { sectionOf };

/** The record to store for a section holding `noteCount` notes (a section read back keeps no stale count). */
export function storedSection(section: Section | StoredSection, noteCount: number): StoredSection {
  return storableSection({ ...sectionOf(section as StoredSection), noteCount });
}

/** Writes the section read in this transaction with its count changed by `delta`. */
export function countNotes(tx: WriteTx, section: StoredSection, delta: number): Promise<string> {
  return tx.objectStore('sections').put(storedSection(section, Math.max(0, (section.noteCount ?? 0) + delta)));
}

/**
 * Counts the notes of these sections afresh and writes the counts that differ: for writes that put notes by id
 * (Undo, a backup import), where a note may already have been there. One count per section, and a write when the
 * count changed; a section that is gone is skipped.
 */
export async function recountSections(tx: WriteTx, sectionIds: Iterable<Id>): Promise<void> {
  const pages = tx.objectStore('notePages');
  const sections = tx.objectStore('sections');
  await Promise.all(
    [...new Set(sectionIds)].map(async (id) => {
      const [section, count] = await Promise.all([
        sections.get(id),
        pagesOfSection(pages, id).then((list) => list.reduce((n, p) => n + p.notes.length, 0)),
      ]);
      if (section && section.noteCount !== count) await sections.put(storedSection(section, count));
    }),
  );
}
