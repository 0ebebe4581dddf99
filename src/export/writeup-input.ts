/**
 * What the Markdown renderer writes up: a session, its sections, and each section's notes. The renderer's own
 * input type, so the export depends on no store: the background passes the store's loaded session (the same
 * shape), the CLI a backup file's entry, the options page the sample session, each through this.
 */
import type { Id, Note, Section, Session } from '../model/types';

export interface WriteupInput {
  session: Session;
  /** In any order: the renderer orders them. */
  sections: Section[];
  /** Each section's notes, in any order; a section missing here has none. */
  notesBySection: Map<Id, Note[]>;
}

/** The notes grouped under their sections (a note whose section is not among them is left out). */
export function writeupInput(session: Session, sections: Section[], notes: readonly Note[]): WriteupInput {
  const notesBySection = new Map<Id, Note[]>(sections.map((s) => [s.id, []]));
  for (const note of notes) notesBySection.get(note.sectionId)?.push(note);
  return { session, sections, notesBySection };
}
