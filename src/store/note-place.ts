/**
 * Where a new note lands in its section, reading as little as possible: appending (the usual case, once per
 * note typed during a talk) reads only the section's last page, so it costs the same in a section of 10 or 10,000
 * notes. Placing before a note reads the section's pages (a few records even for thousands of notes) and, when its
 * neighbours leave no room for a float midpoint, renumbers the section (placeAmong) in the same write.
 */
import { orderAfterLast } from '../model/order';
import type { Id } from '../model/types';
import type { Place } from './api';
import { placeAmong } from './placement';
import { storableNote } from './record-check';
import { SectionPages, type PagesStore } from './section-pages';

/** The new note's order, and the section's pages read (renumbered if need be) for it to be inserted into. */
export async function placeNewNote(
  store: PagesStore<'readwrite'>,
  sessionId: Id,
  sectionId: Id,
  place: Place = {},
): Promise<{ order: number; pages: SectionPages }> {
  if ((place.beforeId ?? null) === null) {
    const tail = await SectionPages.tail(store, sessionId, sectionId);
    const last = tail.last();
    const order = orderAfterLast(last ? [last.order] : []);
    // At the bound (orders far apart, as an import can leave them): the section is read and renumbered below.
    if (order !== null) return { order, pages: tail };
  }
  const pages = await SectionPages.all(store, sessionId, sectionId);
  const { order, renumbered } = placeAmong(pages.notes(), place);
  for (const note of renumbered) pages.replace(storableNote(note));
  return { order, pages };
}
