/**
 * Undo of a delete: puts back exactly the records the delete returned, in one transaction. Records are put by id,
 * so undoing twice changes nothing more. A parent deleted since (the session of a restored section) makes the
 * undo fail whole rather than leave orphans the panel cannot show.
 */
import type { Id, Note } from '../model/types';
import type { Removed } from './api';
import type { StoreName } from './schema';
import { inTransaction, NotFoundError, type StoreContext } from './transaction';
import { storableNote, storableSession } from './record-check';
import { recountSections, storedSection } from './note-counts';
import { restoreImagesOf } from './images';
import { SectionPages, type PagesStore } from './section-pages';

/**
 * The pages of every section the notes are in now or go back to, by section. Each note is looked up by its id,
 * except for many notes (a whole session's Undo), when their sessions' pages are read whole instead: a request per
 * session rather than per note.
 */
async function pagesFor(store: PagesStore, notes: readonly Note[]): Promise<Map<Id, SectionPages>> {
  const pages = new Map<Id, SectionPages>();
  const add = (sessionId: Id, sectionId: Id) => {
    if (!pages.has(sectionId)) pages.set(sectionId, new SectionPages(sessionId, sectionId, []));
  };
  if (notes.length > 50) {
    const sessions = [...new Set(notes.map((n) => n.sessionId))];
    const read = await Promise.all(sessions.map((id) => store.index('by-session').getAll(id)));
    const bySection = new Map<Id, (typeof read)[number]>();
    for (const page of read.flat()) bySection.set(page.sectionId, [...(bySection.get(page.sectionId) ?? []), page]);
    for (const [sectionId, list] of bySection)
      pages.set(sectionId, new SectionPages(list[0]!.sessionId, sectionId, list));
  } else {
    const held = await Promise.all(notes.map((n) => store.index('by-note').get(n.id)));
    const sections = new Map<Id, Id>();
    for (const page of held) if (page) sections.set(page.sectionId, page.sessionId);
    for (const note of notes) sections.set(note.sectionId, note.sessionId);
    const read = await Promise.all(
      [...sections].map(([sectionId, sessionId]) => SectionPages.all(store, sessionId, sectionId)),
    );
    for (const section of read) pages.set(section.sectionId, section);
  }
  for (const note of notes) add(note.sessionId, note.sectionId);
  return pages;
}

export function restoreOps(ctx: StoreContext) {
  const { db } = ctx;
  return {
    restore(removed: Removed): Promise<void> {
      const { sessions, sections, notes } = removed;
      // A restored note needs its section, a restored section its session: read those stores too.
      const stores = new Set<StoreName>();
      if (sessions.length) stores.add('sessions');
      if (sections.length) stores.add('sections').add('sessions').add('notePages');
      if (notes.length) stores.add('notePages').add('sections').add('images');
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
        }
        if (notes.length) {
          // Put back by id: a note still there (Undo twice) is taken out of its page first.
          const store = tx.objectStore('notePages');
          const pages = await pagesFor(store, notes);
          for (const note of notes) {
            for (const section of pages.values()) if (section.remove(note.id)) break;
            pages.get(note.sectionId)!.insert(storableNote(note));
          }
          await Promise.all([...pages.values()].map((section) => section.write(store)));
          await restoreImagesOf(tx, notes);
          await recountSections(tx, [...sections.map((s) => s.id), ...pages.keys()]);
        } else {
          await recountSections(
            tx,
            sections.map((s) => s.id),
          );
        }
      });
    },
  };
}
