/**
 * The plain reads of sessions and sections, apart from the writes: the pages only read (the background is the one
 * writer), so their store is these and the partial-session reads (src/store/read-store.ts), without the write
 * code, the record checks and the schedule merge, which would take a good part of the panel's script budget.
 */
import type { Id, Section, Session } from '../model/types';
import { sectionOf } from './section-record';
import { childrenOf, type StoreContext } from './transaction';

export function readOps({ db }: Pick<StoreContext, 'db'>) {
  return {
    /** Most recently changed first. */
    async listSessions(): Promise<Session[]> {
      return (await db.getAllFromIndex('sessions', 'by-updated')).reverse();
    },

    getSession(id: Id): Promise<Session | undefined> {
      return db.get('sessions', id);
    },

    async getSection(id: Id): Promise<Section | undefined> {
      const stored = await db.get('sections', id);
      return stored && sectionOf(stored);
    },

    async listSections(sessionId: Id): Promise<Section[]> {
      return (await db.getAllFromIndex('sections', 'by-session-order', childrenOf(sessionId))).map(sectionOf);
    },
  };
}
