/**
 * Reading a session for the panel without reading all of it: its sections, each section's note count,
 * and only the newest notes of each section, in one read-only transaction; the earlier notes of one section when
 * the user asks for them. A 10,000-note session then opens by reading the few hundred notes on screen.
 *
 * The newest n notes of a section are found through the `by-section-order` index: a reverse key cursor advanced to
 * the n-th newest key (keys only, no note is read), then one `getAll` from that key's order to the end. A forward
 * `getAll(range, n)` would give the oldest n instead. Notes sharing that order all come along, so a window is
 * always every note from some order on: a few more than n at worst, never a gap.
 */
import type { IDBPIndex } from 'idb';
import type { Id, Note } from '../model/types';
import type { PartialSession } from './api';
import type { ConfnotesDB, StoreName } from './schema';
import { sectionOf } from './section-record';
import { childrenOf, inTransaction, type StoreContext } from './transaction';

type NotesBySectionOrder = IDBPIndex<ConfnotesDB, StoreName[], 'notes', 'by-section-order', 'readonly'>;

/**
 * The newest `count` notes of a section whose order is below `below` (Infinity: all), in order. `total` is how many
 * there are, when known: asked for at least that many, one `getAll` reads them without a cursor.
 */
async function newestNotes(
  index: NotesBySectionOrder,
  sectionId: Id,
  count: number,
  below = Infinity,
  total = Infinity,
): Promise<Note[]> {
  if (count <= 0) return [];
  const range = IDBKeyRange.bound([sectionId, -Infinity], [sectionId, below], false, below !== Infinity);
  if (count >= total) return index.getAll(range);
  let cursor = await index.openKeyCursor(range, 'prev');
  if (cursor && count > 1) cursor = await cursor.advance(count - 1);
  // Fewer than `count` notes there: all of them.
  if (!cursor) return index.getAll(range);
  return index.getAll(IDBKeyRange.bound([sectionId, cursor.key[1]], [sectionId, below], false, below !== Infinity));
}

export function partialSessionOps(ctx: Pick<StoreContext, 'db'>) {
  const { db } = ctx;
  return {
    loadPartialSession(
      id: Id,
      newest: (noteCounts: ReadonlyMap<Id, number>) => ReadonlyMap<Id, number>,
    ): Promise<PartialSession | undefined> {
      return inTransaction(db, ['sessions', 'sections', 'notes'], 'readonly', async (tx) => {
        const [session, sections] = await Promise.all([
          tx.objectStore('sessions').get(id),
          tx.objectStore('sections').index('by-session-order').getAll(childrenOf(id)),
        ]);
        if (!session) return undefined;
        const index = tx.objectStore('notes').index('by-section-order');
        // Each section's count is in its record (no request); its newest notes take one request, or three when only
        // some are read (a key cursor finds where they start).
        const noteCounts = new Map(sections.map((s) => [s.id, s.noteCount]));
        // Called synchronously within the transaction: awaiting anything else here would let it commit.
        const wanted = newest(noteCounts);
        const notes = await Promise.all(
          sections.map((s) => newestNotes(index, s.id, wanted.get(s.id) ?? 0, Infinity, s.noteCount)),
        );
        const notesBySection = new Map(sections.map((s, i) => [s.id, notes[i]!]));
        return { session, sections: sections.map(sectionOf), notesBySection, noteCounts };
      });
    },

    loadEarlierNotes(sectionId: Id, beforeOrder: number, count: number): Promise<Note[]> {
      return inTransaction(db, ['notes'], 'readonly', (tx) =>
        newestNotes(tx.objectStore('notes').index('by-section-order'), sectionId, count, beforeOrder),
      );
    },
  };
}
