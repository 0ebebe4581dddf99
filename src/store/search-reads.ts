/**
 * What the search index reads, in as few IndexedDB requests as there can be: every session and every section with
 * one `getAll` each, and the notes' pages in key order, a batch per request. Key order needs no index (an index
 * read looks each record up again), and a batch at a time lets the index take one while the next is read, without
 * a single request's 50,000 records keeping the background busy in one piece.
 */
import type { Note, Section, Session } from '../model/types';
import { sectionOf } from './section-record';
import type { StoreContext } from './transaction';
import { notesOf, PAGE_NOTES } from './pages';

export function searchReadOps({ db }: Pick<StoreContext, 'db'>) {
  return {
    listAllSessions(): Promise<Session[]> {
      return db.getAll('sessions');
    },

    async listAllSections(): Promise<Section[]> {
      return (await db.getAll('sections')).map(sectionOf);
    },

    /**
     * About `count` notes of any session, whole pages at a time in the order the pages were made, from the page
     * after `after` (the `next` of the read before; null: from the first). `next` is null once every page is read.
     * A page made while the batches are read (a split, an import) has a greater key, so it is read later: its
     * notes may come twice (a note indexed again is replaced), never not at all.
     */
    async readNotes(after: number | null, count: number): Promise<{ notes: Note[]; next: number | null }> {
      const wanted = Math.max(1, Math.floor(count / PAGE_NOTES));
      const pages = await db.getAll(
        'notePages',
        after === null ? undefined : IDBKeyRange.lowerBound(after, true),
        wanted,
      );
      return { notes: notesOf(pages), next: pages.length < wanted ? null : pages.at(-1)!.id };
    },
  };
}
