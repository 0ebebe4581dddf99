/**
 * What the user can do in the workspace, each as one intent sent to the background through `run` (the one writer;
 * what changed shows when it is announced). Deletes keep what they removed so that Undo can put it back; moves
 * compute the neighbour to go before.
 */
import type { NoteStyle } from '../model/typed-note';
import type { FiledNote } from '../messages';
import type { FrozenMoment } from '../model/context';
import type { ClockAlignment, Id, Note, Section, Session } from '../model/types';
import type { Removed, SectionInput, SessionInput } from '../store/api';
import { formatTimestamp } from '../model/timestamp';
import { EARLIER_STEP, earlierCount, withEarlier } from './note-window';
import { errorText, type StoreReads } from './page-deps';
import type { Undoable, Workspace } from './use-workspace';

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
  return note.kind === 'post' || note.kind === 'page' ? note.comment : note.text;
}

export function workspaceActions(ws: Workspace, store: StoreReads) {
  const { run, offerUndo } = ws;
  // Read at call time: this object lives as long as the page.
  const state = () => ws.latest.current;
  // The session shown (the chosen one, else the latest).
  const current = () => state().contents?.session.id ?? state().selection.sessionId;

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

  const ask = ws.ask;
  const undoable = (label: string, removed: Removed): Undoable => ({
    label,
    async undo() {
      const done = await run('Undo', () => ask('workspace/restore', { removed }));
      const back = removed.sessions[0];
      if (done && back)
        await run('Undo', () => ask('selection/choose', { selection: { sessionId: back.id, sectionId: null } }));
      return done !== null;
    },
  });

  return {
    createSession: (input: SessionInput) => run('Creating the session', () => ask('session/create', { input })),
    updateSession: (id: Id, patch: Partial<SessionInput>) =>
      run('Saving the session', () => ask('session/update', { id, patch })),
    async deleteSession(session: Session) {
      const done = await run('Deleting the session', () => ask('session/delete', { id: session.id }));
      if (done) offerUndo(undoable(`Deleted session “${session.title}”`, done.value));
    },
    async undo() {
      const last = state().undoable;
      if (last && (await last.undo())) offerUndo(null);
    },
    dismissUndo: () => offerUndo(null),
    chooseSession: (sessionId: Id) =>
      run('Choosing the session', () => ask('selection/choose', { selection: { sessionId, sectionId: null } })),

    sections: (): Section[] => state().contents?.sections ?? [],
    /** A new section becomes the chosen one (the background stores the choice for every page and capture). */
    addSection(input: SectionInput) {
      const sessionId = current();
      return sessionId
        ? run('Adding the section', () => ask('section/add', { sessionId, input }))
        : Promise.resolve(null);
    },
    updateSection: (id: Id, patch: Partial<SectionInput>) =>
      run('Renaming the section', () => ask('section/update', { id, patch })),
    moveSection(id: Id, step: -1 | 1) {
      const beforeId = beforeIdForStep(state().contents?.sections ?? [], id, step);
      return beforeId === undefined
        ? Promise.resolve(null)
        : run('Moving the section', () => ask('section/move', { id, beforeId }));
    },
    async deleteSection(section: Section) {
      const done = await run('Deleting the section', () => ask('section/delete', { id: section.id }));
      if (done) offerUndo(undoable(`Deleted section “${section.title}”`, done.value));
    },
    chooseSection: (sectionId: Id) =>
      run('Choosing the section', () => ask('selection/choose', { selection: { sessionId: current(), sectionId } })),
    /** "File under <talk> instead": notes follow the talk being watched again. */
    followTalk: () => run('Filing under the talk', () => ask('follow/talk', {})),
    /** Links a talk's recording and its alignment with the clock (null: unlinks); true once shown. */
    async linkVideo(sectionId: Id, videoId: string | null, alignment: ClockAlignment | null) {
      return (
        (await run('Linking the video', () => ask('section/link-video', { id: sectionId, videoId, alignment }))) !==
        null
      );
    },
    /** The talk open in the context tab, if any ("Use the open talk" when linking a recording). */
    playing: () => state().context?.youtube ?? null,
    /** One click on another talk of the slot on now: notes go there while the slot lasts. */
    pickTalk: (talkId: string) =>
      run('Choosing the talk', () => ask('schedule/pick', { sessionId: current() ?? '', talkId })),

    /**
     * Saves a note where the target rule says (`frozen`: the talk and moment when typing began, if known), as the
     * user's words, a quote of the section's speaker or a sub-heading.
     */
    async addNote(
      text: string,
      frozen: FrozenMoment | null = null,
      style: NoteStyle = 'text',
    ): Promise<FiledNote | null> {
      const done = await run('Saving the note', () => ask('note/capture', { text, frozen, style }));
      return done?.value ?? null;
    },
    /** Turns a text note, quote or sub-heading into another of these. */
    async restyleNote(note: Note, kind: NoteStyle): Promise<boolean> {
      return (await run('Changing the note', () => ask('note/restyle', { id: note.id, kind }))) !== null;
    },
    async updateNote(note: Note, text: string): Promise<boolean> {
      const patch = note.kind === 'post' || note.kind === 'page' ? { comment: text } : { text };
      return (await run('Saving the note', () => ask('note/update', { id: note.id, patch }))) !== null;
    },
    showEarlier,
    async moveNote(note: Note, step: -1 | 1) {
      const contents = state().contents;
      const siblings = contents?.notesBySection.get(note.sectionId) ?? [];
      let beforeId = beforeIdForStep(siblings, note.id, step);
      // The first loaded note moving up goes before the note just above the window: read that one first, so it
      // is on screen too.
      if (step === -1 && siblings[0]?.id === note.id && contents && earlierCount(contents, note.sectionId) > 0) {
        const above = await showEarlier(note.sectionId, 1);
        beforeId = above?.at(-1)?.id;
      }
      return beforeId === undefined
        ? null
        : run('Moving the note', () =>
            ask('note/move', { id: note.id, from: note.sectionId, sectionId: note.sectionId, beforeId }),
          );
    },
    /**
     * Moves a note to the end of another section. A talk's time stays only in that talk's section: moved elsewhere
     * it is dropped, and Undo puts the note back where it was, with its time.
     */
    async moveNoteTo(note: Note, sectionId: Id) {
      const siblings = state().contents?.notesBySection.get(note.sectionId) ?? [];
      const next = siblings[siblings.findIndex((n) => n.id === note.id) + 1]?.id ?? null;
      const done = await run('Moving the note', () =>
        ask('note/move', { id: note.id, from: note.sectionId, sectionId, beforeId: null }),
      );
      const at = 'at' in note ? note.at : undefined;
      if (!done || !at || ('at' in done.value && done.value.at)) return done;
      const to = state().contents?.sections.find((s) => s.id === sectionId)?.title ?? 'the other section';
      offerUndo({
        label: `Moved to “${to}”: its time ${formatTimestamp(at.seconds)} was removed`,
        undo: async () =>
          (await run('Undo', () =>
            ask('note/move', {
              id: note.id,
              from: sectionId,
              sectionId: note.sectionId,
              beforeId: next,
              at,
            }),
          )) !== null,
      });
      return done;
    },
    removeTime: (note: Note) => run('Removing the time', () => ask('note/remove-time', { id: note.id })),
    async deleteNote(note: Note) {
      const done = await run('Deleting the note', () => ask('note/delete', { id: note.id }));
      if (done) offerUndo(undoable('Deleted a note', done.value));
    },
  };
}

export type WorkspaceActions = ReturnType<typeof workspaceActions>;
