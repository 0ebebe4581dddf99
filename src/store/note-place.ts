/**
 * Where a new note lands in its section, reading as little as possible: appending (the usual case, once per
 * note typed during a talk) reads only the key of the section's last note through the `by-section-order` index,
 * so it costs the same in a section of 10 or 10,000 notes. Placing before a note reads that note and the key of
 * the one before it. Only when those two leave no room for a float midpoint is the whole section read, to
 * renumber it (placeAmong).
 */
import type { IDBPObjectStore } from 'idb';
import { orderAfterLast, orderBetween } from '../model/order';
import type { Id, Note } from '../model/types';
import type { Place } from './api';
import { placeAmong, type Placement } from './placement';
import type { ConfnotesDB, StoreName } from './schema';
import { childrenOf } from './transaction';

type NotesStore = IDBPObjectStore<ConfnotesDB, StoreName[], 'notes', 'readwrite'>;

export async function placeNewNote(store: NotesStore, sectionId: Id, place: Place = {}): Promise<Placement<Note>> {
  const index = store.index('by-section-order');
  const beforeId = place.beforeId ?? null;
  if (beforeId === null) {
    const last = await index.openKeyCursor(childrenOf(sectionId), 'prev');
    const order = orderAfterLast(last ? [last.key[1]] : []);
    // At the bound (orders far apart, as an import can leave them): the section is renumbered.
    return order !== null ? { order, renumbered: [] } : placeAmong(await index.getAll(childrenOf(sectionId)), place);
  }
  const next = await store.get(beforeId);
  if (!next || next.sectionId !== sectionId) throw new Error('The item to place it before is no longer there.');
  // Walk back from `next`: notes sharing its order sort by id in the index, so skip those after it, then it.
  let cursor = await index.openKeyCursor(IDBKeyRange.bound([sectionId, -Infinity], [sectionId, next.order]), 'prev');
  while (cursor && cursor.primaryKey !== beforeId) cursor = await cursor.continue();
  const previous = cursor ? await cursor.continue() : null;
  const order = orderBetween(previous?.key[1], next.order);
  if (order !== null) return { order, renumbered: [] };
  return placeAmong(await index.getAll(childrenOf(sectionId)), place);
}
