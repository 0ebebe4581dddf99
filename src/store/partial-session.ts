/**
 * Reading a session for the panel without reading all of it: its sections, each section's note count,
 * and only the newest notes of each section, in one read-only transaction; the earlier notes of one section when
 * the user asks for them. A 10,000-note session then opens by reading the few hundred notes on screen.
 *
 * The newest n notes of a section are read a page at a time, newest page first (a reverse cursor over the
 * `by-section-first` index), until there are n; a section asked for all its notes is one `getAll`. Notes sharing
 * the order where the window starts all come along (from an earlier page too), so a window is always every note
 * from some order on: a few more than n at worst, never a gap.
 */
import type { Id, Note } from '../model/types';
import type { PartialSession } from './api';
import { notesOf } from './pages';
import type { NotePage } from './schema';
import { sectionOf } from './section-record';
import { pagesOfSection, type PagesStore } from './section-pages';
import { childrenOf, inTransaction, type StoreContext } from './transaction';

/**
 * The newest `count` notes of a section whose order is below `below` (Infinity: all), in order. `total` is how many
 * there are, when known: asked for at least that many, one `getAll` reads them without a cursor.
 */
async function newestNotes(
  store: PagesStore,
  sectionId: Id,
  count: number,
  below = Infinity,
  total = Infinity,
): Promise<Note[]> {
  if (count <= 0) return [];
  const under = (notes: Note[]) => (below === Infinity ? notes : notes.filter((n) => n.order < below));
  if (count >= total) return under(notesOf(await pagesOfSection(store, sectionId)));
  // A page whose first order is below `below` holds every note there is below it; a later page holds none.
  const range = IDBKeyRange.bound([sectionId, -Infinity], [sectionId, below], false, true);
  const pages: NotePage[] = [];
  let found = 0;
  let from = -Infinity;
  // Newest page first: the index sorts pages as their notes sort, so each page read holds only earlier notes.
  for (let cursor = await store.index('by-section-first').openCursor(range, 'prev'); cursor;) {
    pages.unshift(cursor.value);
    found += under(cursor.value.notes).length;
    // Enough once the window's first order is known and the pages before cannot hold more notes of that order.
    if (found >= count) {
      const window = under(notesOf(pages));
      from = window[window.length - count]!.order;
      if (cursor.value.first < from) break;
    }
    cursor = await cursor.continue();
  }
  return under(notesOf(pages)).filter((n) => n.order >= from);
}

export function partialSessionOps(ctx: Pick<StoreContext, 'db'>) {
  const { db } = ctx;
  return {
    loadPartialSession(
      id: Id,
      newest: (noteCounts: ReadonlyMap<Id, number>) => ReadonlyMap<Id, number>,
    ): Promise<PartialSession | undefined> {
      return inTransaction(db, ['sessions', 'sections', 'notePages'], 'readonly', async (tx) => {
        const [session, sections] = await Promise.all([
          tx.objectStore('sessions').get(id),
          tx.objectStore('sections').index('by-session-order').getAll(childrenOf(id)),
        ]);
        if (!session) return undefined;
        const pages = tx.objectStore('notePages');
        // Each section's count is in its record (no request); its newest notes take one request, or a request per
        // page when only some are read (usually one or two pages).
        const noteCounts = new Map(sections.map((s) => [s.id, s.noteCount]));
        // Called synchronously within the transaction: awaiting anything else here would let it commit.
        const wanted = newest(noteCounts);
        const notes = await Promise.all(
          sections.map((s) => newestNotes(pages, s.id, wanted.get(s.id) ?? 0, Infinity, s.noteCount)),
        );
        const notesBySection = new Map(sections.map((s, i) => [s.id, notes[i]!]));
        return { session, sections: sections.map(sectionOf), notesBySection, noteCounts };
      });
    },

    loadEarlierNotes(sectionId: Id, beforeOrder: number, count: number): Promise<Note[]> {
      return inTransaction(db, ['notePages'], 'readonly', (tx) =>
        newestNotes(tx.objectStore('notePages'), sectionId, count, beforeOrder),
      );
    },
  };
}
