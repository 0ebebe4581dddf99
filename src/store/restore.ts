/**
 * Undo of a delete: puts back exactly the records the delete returned, in one transaction. Records are put by id,
 * so undoing twice changes nothing more. A parent deleted since (the session of a restored section) makes the
 * undo fail whole rather than leave orphans the panel cannot show.
 */
import type { Removed } from './api';
import type { StoreName } from './schema';
import { inTransaction, NotFoundError, type StoreContext } from './transaction';
import { storableNote, storableSession } from './record-check';
import { recountSections, storedSection } from './note-counts';
import { restoreImagesOf } from './images';

export function restoreOps(ctx: StoreContext) {
  const { db } = ctx;
  return {
    restore(removed: Removed): Promise<void> {
      const { sessions, sections, notes } = removed;
      // A restored note needs its section, a restored section its session: read those stores too.
      const stores = new Set<StoreName>();
      if (sessions.length) stores.add('sessions');
      if (sections.length) stores.add('sections').add('sessions').add('notes');
      if (notes.length) stores.add('notes').add('sections').add('images');
      if (stores.size === 0) return Promise.resolve();
      return inTransaction(db, [...stores], 'readwrite', async (tx) => {
        const restoredSessions = new Set(sessions.map((s) => s.id));
        const restoredSections = new Set(sections.map((s) => s.id));
        await Promise.all(sessions.map((s) => tx.objectStore('sessions').put(storableSession(s))));
        for (const section of sections) {
          if (
            !restoredSessions.has(section.sessionId) &&
            !(await tx.objectStore('sessions').getKey(section.sessionId))
          ) {
            throw new NotFoundError('The session it belonged to');
          }
          // Counted below, with the notes put back.
          await tx.objectStore('sections').put(storedSection(section, 0));
        }
        for (const note of notes) {
          if (!restoredSections.has(note.sectionId) && !(await tx.objectStore('sections').getKey(note.sectionId))) {
            throw new NotFoundError('The section it belonged to');
          }
          await tx.objectStore('notes').put(storableNote(note));
        }
        await restoreImagesOf(tx, notes);
        // Put by id, a note may have been there already (Undo twice): count rather than add.
        await recountSections(tx, [...sections.map((s) => s.id), ...notes.map((n) => n.sectionId)]);
      });
    },
  };
}
