/**
 * Pages of notes (NotePage in schema.ts): how a section's notes, in order, are cut into records. Pure: building a
 * page, cutting a run of notes into pages, flattening pages back into notes. The reads and writes of pages within a
 * transaction are in page-io.ts, the edits of a section's pages in section-pages.ts.
 */
import type { Id, Note } from '../model/types';
import type { NotePage } from './schema';

/**
 * Notes in a page at most. Adding a note rewrites its page, so a page must stay cheap to write while typing during
 * a talk (a few hundred KB at most); an import of 100,000 notes is then a few hundred records. See
 * docs/performance.md for the figures it was chosen on.
 */
export const PAGE_NOTES = 200;

/**
 * Notes in a section's last page at most when notes are appended: the panel reads at least the newest note of every
 * section, folded or not, and reads it with its page; a small last page keeps that read small. Each time the last
 * page is full, an append moves its notes into the page before when they fit there (else the last page stays as
 * it is, a page among the others) and the note starts a new last page.
 */
export const TAIL_NOTES = 25;

/** A page not yet stored: the key generator gives it its id when it is put (the field must then be absent). */
export type NewPage = Omit<NotePage, 'id'> & { id?: number };

/** A section's order: by order, then by id (the order the export and the panel have always shown). */
export function byOrderThenId(a: Note, b: Note): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The page record for these notes (sorted), with the fields its indexes read derived from them. */
export function pageOf(sessionId: Id, sectionId: Id, notes: Note[], id?: number): NewPage {
  const sources: [Id, string][] = [];
  for (const note of notes) if (note.kind === 'post' && note.sourceKey) sources.push([sessionId, note.sourceKey]);
  const page: NewPage = {
    sessionId,
    sectionId,
    first: notes[0]?.order ?? 0,
    firstId: notes[0]?.id ?? '',
    notes,
    noteIds: notes.map((n) => n.id),
    sources,
  };
  if (id !== undefined) page.id = id;
  return page;
}

/**
 * A section's notes, sorted, cut into new pages of PAGE_NOTES, the newest of them (1 to TAIL_NOTES: what is past a
 * multiple of TAIL_NOTES) a page of their own, as appending would have left them.
 */
export function pagesFor(sessionId: Id, sectionId: Id, sorted: Note[]): NewPage[] {
  const pages: NewPage[] = [];
  const body = sorted.length === 0 ? 0 : sorted.length - (((sorted.length - 1) % TAIL_NOTES) + 1);
  for (let from = 0; from < body; from += PAGE_NOTES)
    pages.push(pageOf(sessionId, sectionId, sorted.slice(from, Math.min(from + PAGE_NOTES, body))));
  if (sorted.length > body) pages.push(pageOf(sessionId, sectionId, sorted.slice(body)));
  return pages;
}

/** Pages of one section in their notes' order (pages whose first notes share an order: by that note's id). */
export function sortPages<P extends NewPage>(pages: P[]): P[] {
  return pages.sort((a, b) => a.first - b.first || (a.firstId < b.firstId ? -1 : a.firstId > b.firstId ? 1 : 0));
}

/** Every note of these pages, in the pages' order. */
export function notesOf(pages: readonly NewPage[]): Note[] {
  const notes: Note[] = [];
  for (const page of pages) for (const note of page.notes) notes.push(note);
  return notes;
}
