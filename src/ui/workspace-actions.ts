/**
 * What the user can do in the workspace, each as one store call through `run` (one transaction, then reload and
 * notify). Deletes keep what they removed so that Undo can put it back; moves compute the neighbour to go before.
 */
import type { Id, Note, Section, Session } from '../model/types';
import { byOrder } from '../model/order';
import type { SectionInput, SessionInput, PartialSession, Store } from '../store/api';
import { EARLIER_STEP, earlierCount, withEarlier } from './note-window';
import { errorText } from './page-deps';
import type { Workspace } from './use-workspace';

/** The id to place an item before when it moves one step up (-1) or down (+1) among `items`; undefined: no move. */
export function beforeIdForStep(items: readonly { id: Id }[], id: Id, step: -1 | 1): Id | null | undefined {
  const index = items.findIndex((item) => item.id === id);
  if (index < 0) return undefined;
  if (step === -1) return index === 0 ? undefined : items[index - 1]!.id;
  if (index === items.length - 1) return undefined;
  return items[index + 2]?.id ?? null;
}

/** The editable text of a note: the words for text and quotes, the comment for clips. */
export function editableText(note: Note): string {
  return note.kind === 'text' || note.kind === 'quote' ? note.text : note.comment;
}

/**
 * The session with note `id` taken out and `next` (if any) put in its section at its order, the note counts kept
 * in step. Only the touched sections get new arrays, so the other sections' memoised views stay as they are.
 */
export function withNote(contents: PartialSession, id: Id, next?: Note): PartialSession {
  const notesBySection = new Map(contents.notesBySection);
  const noteCounts = new Map(contents.noteCounts);
  const count = (sectionId: Id, delta: number) => noteCounts.set(sectionId, Math.max(0, (noteCounts.get(sectionId) ?? 0) + delta));
  for (const [sectionId, notes] of notesBySection) {
    if (!notes.some((n) => n.id === id)) continue;
    notesBySection.set(sectionId, notes.filter((n) => n.id !== id));
    count(sectionId, -1);
  }
  if (next) {
    notesBySection.set(next.sectionId, [...(notesBySection.get(next.sectionId) ?? []), next].sort(byOrder));
    count(next.sectionId, 1);
  }
  return { ...contents, notesBySection, noteCounts };
}

const putNote = (contents: PartialSession, note: Note) => withNote(contents, note.id, note);

export function workspaceActions(ws: Workspace, store: Store) {
  const { run, offerUndo } = ws;
  // Read at call time: this object lives as long as the page.
  const state = () => ws.latest.current;
  const current = () => state().selection.sessionId;

  /**
   * Reads (and shows) up to `count` more of a section's earlier notes; resolves to them, or null after showing
   * the error. A read: the other pages are not told.
   */
  async function showEarlier(sectionId: Id, count = EARLIER_STEP): Promise<Note[] | null> {
    const first = state().contents?.notesBySection.get(sectionId)?.[0];
    try {
      const notes = await store.loadEarlierNotes(sectionId, first?.order ?? Infinity, count);
      ws.patchContents((c) => withEarlier(c, sectionId, notes));
      return notes;
    } catch (error) {
      ws.setError(`Showing earlier notes failed: ${errorText(error)}`);
      return null;
    }
  }

  return {
    createSession: (input: SessionInput) =>
      run('Creating the session', () => store.createSession(input), { select: (s) => ({ sessionId: s.id, sectionId: null }) }),
    updateSession: (id: Id, patch: Partial<SessionInput>) => run('Saving the session', () => store.updateSession(id, patch)),
    async deleteSession(session: Session) {
      const done = await run('Deleting the session', () => store.deleteSession(session.id));
      if (done) offerUndo({ label: `Deleted session “${session.title}”`, removed: done.value });
    },
    async undo() {
      const undoable = state().undoable;
      if (!undoable) return;
      const back = undoable.removed.sessions[0];
      const done = await run('Undo', () => store.restore(undoable.removed),
        { select: () => (back ? { sessionId: back.id, sectionId: null } : undefined) });
      if (done) offerUndo(null);
    },
    dismissUndo: () => offerUndo(null),

    sections: (): Section[] => state().contents?.sections ?? [],
    addSection(input: SectionInput) {
      const sessionId = current();
      return sessionId
        ? run('Adding the section', () => store.addSection(sessionId, input), { select: (s) => ({ sessionId, sectionId: s.id }) })
        : Promise.resolve(null);
    },
    updateSection: (id: Id, patch: Partial<SectionInput>) => run('Renaming the section', () => store.updateSection(id, patch)),
    moveSection(id: Id, step: -1 | 1) {
      const beforeId = beforeIdForStep(state().contents?.sections ?? [], id, step);
      return beforeId === undefined ? Promise.resolve(null) : run('Moving the section', () => store.moveSection(id, { beforeId }));
    },
    async deleteSection(section: Section) {
      const done = await run('Deleting the section', () => store.deleteSection(section.id));
      if (done) offerUndo({ label: `Deleted section “${section.title}”`, removed: done.value });
    },
    chooseSection: (sectionId: Id) => ws.select({ sessionId: current(), sectionId }),

    /** Adds a text note to the chosen section (a first "Notes" section is made when the session has none). */
    async addNote(text: string): Promise<boolean> {
      const sessionId = current();
      if (!sessionId) {
        ws.setError('Create a session first: notes belong to a session.');
        return false;
      }
      let sectionId = state().selection.sectionId;
      if (!sectionId) {
        const made = await run('Adding the section', () => store.addSection(sessionId, { title: 'Notes' }));
        if (!made) return false;
        sectionId = made.value.id;
      }
      const target = sectionId;
      const done = await run('Saving the note', () => store.addNote(sessionId, target, { kind: 'text', text }), { patch: putNote });
      return done !== null;
    },
    /** Shows a note stored elsewhere (e.g. by the background for a timestamped note) without reading the session. */
    showNote(note: Note) {
      const contents = state().contents;
      if (contents?.session.id === note.sessionId && contents.sections.some((s) => s.id === note.sectionId)) {
        ws.patchContents((c) => putNote(c, note));
      } else {
        void ws.reload(); // a talk's first note also made its section
      }
    },
    async updateNote(note: Note, text: string): Promise<boolean> {
      const patch = note.kind === 'text' || note.kind === 'quote' ? { text } : { comment: text };
      return (await run('Saving the note', () => store.updateNote(note.id, patch), { patch: putNote })) !== null;
    },
    showEarlier,
    async moveNote(note: Note, step: -1 | 1) {
      const contents = state().contents;
      const siblings = contents?.notesBySection.get(note.sectionId) ?? [];
      let beforeId = beforeIdForStep(siblings, note.id, step);
      // The first loaded note moving up goes before the note just above the window: read that one first, so it
      // is on screen too (the reload after the move keeps it loaded).
      if (step === -1 && siblings[0]?.id === note.id && contents && earlierCount(contents, note.sectionId) > 0) {
        const above = await showEarlier(note.sectionId, 1);
        beforeId = above?.at(-1)?.id;
      }
      return beforeId === undefined
        ? null
        // Read again rather than patched: the store may renumber the whole section when a move runs out of room.
        : run('Moving the note', () => store.moveNote(note.id, { sectionId: note.sectionId, beforeId }));
    },
    moveNoteTo: (note: Note, sectionId: Id) =>
      run('Moving the note', () => store.moveNote(note.id, { sectionId, beforeId: null })),
    async deleteNote(note: Note) {
      const done = await run('Deleting the note', () => store.deleteNote(note.id), { patch: (c) => withNote(c, note.id) });
      if (done) offerUndo({ label: 'Deleted a note', removed: done.value });
    },
  };
}

export type WorkspaceActions = ReturnType<typeof workspaceActions>;
