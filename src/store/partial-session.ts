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
import type { Id, Note, Section } from '../model/types';
import type { PartialSession } from './api';
import type { ConfnotesDB, StoreName } from './schema';
import { childrenOf, inTransaction, type StoreContext } from './transaction';

type NotesBySectionOrder = IDBPIndex<ConfnotesDB, StoreName[], 'notes', 'by-section-order', 'readonly'>;

/** The newest `count` notes of a section whose order is below `below` (Infinity: all), in order. */
async function newestNotes(
  index: NotesBySectionOrder,
  sectionId: Id,
  count: number,
  below = Infinity,
): Promise<Note[]> {
  if (count <= 0) return [];
  const range = IDBKeyRange.bound([sectionId, -Infinity], [sectionId, below], false, below !== Infinity);
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
      only?: (sections: readonly Section[]) => readonly Id[],
    ): Promise<PartialSession | undefined> {
      return inTransaction(db, ['sessions', 'sections', 'notes'], 'readonly', async (tx) => {
        const [session, sections] = await Promise.all([
          tx.objectStore('sessions').get(id),
          tx.objectStore('sections').index('by-session-order').getAll(childrenOf(id)),
        ]);
        if (!session) return undefined;
        const index = tx.objectStore('notes').index('by-section-order');
        // Three requests per section read: with 100 sections, most of the time of opening the panel.
        const chosen = only ? new Set(only(sections)) : null;
        const read = chosen ? sections.filter((s) => chosen.has(s.id)) : sections;
        const counts = await Promise.all(read.map((s) => index.count(childrenOf(s.id))));
        const noteCounts = new Map(read.map((s, i) => [s.id, counts[i]!]));
        // Called synchronously within the transaction: awaiting anything else here would let it commit.
        const wanted = newest(noteCounts);
        const notes = await Promise.all(read.map((s) => newestNotes(index, s.id, wanted.get(s.id) ?? 0)));
        const notesBySection = new Map(read.map((s, i) => [s.id, notes[i]!]));
        return { session, sections, notesBySection, noteCounts };
      });
    },

    loadEarlierNotes(sectionId: Id, beforeOrder: number, count: number): Promise<Note[]> {
      return inTransaction(db, ['notes'], 'readonly', (tx) =>
        newestNotes(tx.objectStore('notes').index('by-section-order'), sectionId, count, beforeOrder),
      );
    },
  };
}
