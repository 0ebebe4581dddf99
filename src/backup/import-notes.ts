/**
 * A backup's notes as the store keeps them: pages of a section's notes (src/store/pages.ts), built in memory.
 * Into a profile without notes, every section's notes are simply cut into pages. Where the profile has pages,
 * every page holding a note of the file, or of a section the file has notes for, is replaced: its section's notes
 * are the file's plus the profile's others, paged again. Nothing is read here; the caller gives the profile's pages.
 */
import type { Id, Note } from '../model/types';
import { byOrderThenId, pagesFor, type NewPage } from '../store/pages';
import type { NotePage } from '../store/schema';
import type { BackupEntry } from './format';

export interface PagedNotes {
  /** The pages to put, each with how many of the file's notes it holds (for the progress). */
  pages: { page: NewPage; fileNotes: number }[];
  /** The profile's pages they replace. */
  deleted: number[];
  /** Every section whose notes changed, with its count once written (the file's sections among them). */
  counts: Map<Id, number>;
}

export function pageNotes(entries: readonly BackupEntry[], profile: readonly NotePage[]): PagedNotes {
  const sections = new Map<Id, { sessionId: Id; notes: Note[] }>();
  const add = (sessionId: Id, sectionId: Id, note: Note) => {
    const group = sections.get(sectionId);
    if (group) group.notes.push(note);
    else sections.set(sectionId, { sessionId, notes: [note] });
  };
  const fileIds = new Set<Id>();
  for (const entry of entries) {
    for (const section of entry.sections) sections.set(section.id, { sessionId: entry.session.id, notes: [] });
    for (const note of entry.notes) {
      fileIds.add(note.id);
      add(entry.session.id, note.sectionId, note);
    }
  }
  // A section is paged again whole (its pages stay runs of its notes in order): a section the file has notes
  // for, and one holding a note of the file (which the file may have moved to another section).
  const touched = new Set<Id>();
  for (const [sectionId, group] of sections) if (group.notes.length) touched.add(sectionId);
  for (const page of profile) if (page.noteIds.some((id) => fileIds.has(id))) touched.add(page.sectionId);
  const deleted: number[] = [];
  const kept = new Map<Id, number>();
  for (const page of profile) {
    if (!touched.has(page.sectionId)) {
      kept.set(page.sectionId, (kept.get(page.sectionId) ?? 0) + page.notes.length);
      continue;
    }
    deleted.push(page.id);
    // A section left with none of its notes is still counted (0).
    if (!sections.has(page.sectionId)) sections.set(page.sectionId, { sessionId: page.sessionId, notes: [] });
    for (const note of page.notes) if (!fileIds.has(note.id)) add(page.sessionId, page.sectionId, note);
  }
  const pages: PagedNotes['pages'] = [];
  const counts = new Map<Id, number>();
  for (const [sectionId, { sessionId, notes }] of sections) {
    counts.set(sectionId, notes.length + (kept.get(sectionId) ?? 0));
    for (const page of pagesFor(sessionId, sectionId, notes.sort(byOrderThenId)))
      pages.push({
        page,
        fileNotes: deleted.length ? page.notes.filter((n) => fileIds.has(n.id)).length : page.notes.length,
      });
  }
  return { pages, deleted, counts };
}
