/**
 * The plain reads of sessions and sections, apart from the writes: the pages only read (the background is the one
 * writer), so their store is these and the partial-session reads (src/store/read-store.ts), without the write
 * code, the record checks and the schedule merge, which would take a good part of the panel's script budget.
 */
import type { Id, Section, Session } from '../model/types';
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

    getSection(id: Id): Promise<Section | undefined> {
      return db.get('sections', id);
    },

    listSections(sessionId: Id): Promise<Section[]> {
      return db.getAllFromIndex('sections', 'by-session-order', childrenOf(sessionId));
    },
  };
}
