/**
 * What the search index reads, in as few IndexedDB requests as there can be: every session and every section with
 * one `getAll` each, and the notes in primary-key order, a batch per request. Key order needs no index (an index
 * read looks each record up again), and a batch at a time lets the index take one while the next is read, without
 * a single request's 50,000 records keeping the background busy in one piece.
 */
import type { Id, Note, Section, Session } from '../model/types';
import { sectionOf } from './section-record';
import type { StoreContext } from './transaction';

export function searchReadOps({ db }: Pick<StoreContext, 'db'>) {
  return {
    listAllSessions(): Promise<Session[]> {
      return db.getAll('sessions');
    },

    async listAllSections(): Promise<Section[]> {
      return (await db.getAll('sections')).map(sectionOf);
    },

    /** Up to `count` notes of any session whose ids follow `after` (from the first when null), in id order. */
    readNotes(after: Id | null, count: number): Promise<Note[]> {
      return db.getAll('notes', after === null ? undefined : IDBKeyRange.lowerBound(after, true), count);
    },
  };
}
