/** Notes within a section: add, edit, move (within or across sections of one session), delete. */
import type { Id, Moment, Note } from '../model/types';
import type { NoteDraft, Place, Removed } from './api';
import { noteFromDraft } from './note-records';
import { placeNewNote } from './note-place';
import { placeAmong } from './placement';
import { inTransaction, NotFoundError, type StoreContext } from './transaction';
import { findNote, SectionPages } from './section-pages';
import { storableNote } from './record-check';
import { countNotes } from './note-counts';
import { removeImagesOf } from './images';

/** Which editable fields each kind has; editing one a kind lacks is refused rather than silently dropped. */
const EDITABLE: Record<Note['kind'], readonly string[]> = {
  text: ['text'],
  quote: ['text', 'cite'],
  post: ['comment'],
  page: ['comment'],
  heading: ['text'],
};

/** The note with a time only if the section is its talk's: `put` is a time to restore, else the note's own. */
function withTimeIn(note: Note, put: Moment | undefined, sectionVideoId: string | undefined): Note {
  if (note.kind !== 'text' && note.kind !== 'quote') return note;
  const at = put ?? note.at;
  const { at: _old, ...rest } = note;
  return at && at.videoId === sectionVideoId
    ? { ...rest, at: { videoId: String(at.videoId), seconds: Math.max(0, Math.floor(Number(at.seconds))) } }
    : rest;
}

export type NotePatch = { text?: string; cite?: string; comment?: string };

/** The kinds a typed note can be turned into each other: the words stay, and the time where the kind has one. */
export type WordsKind = 'text' | 'quote' | 'heading';

/** `note` as a note of `kind` (a quote of `cite`); a heading is one line and has no time. */
export function restyled(note: Note, kind: WordsKind, cite: string): Note {
  if (note.kind !== 'text' && note.kind !== 'quote' && note.kind !== 'heading')
    throw new Error(`A ${note.kind} clip cannot become a ${kind}.`);
  // Its image would be lost: a snapshot stays a note.
  if (note.kind === 'text' && note.image && kind !== 'text') throw new Error(`A snapshot cannot become a ${kind}.`);
  const { id, sessionId, sectionId, order, createdAt, updatedAt } = note;
  const base = { id, sessionId, sectionId, order, createdAt, updatedAt };
  const times =
    note.kind === 'heading'
      ? {}
      : { ...(note.at ? { at: note.at } : {}), ...(note.clock ? { clock: note.clock } : {}) };
  if (kind === 'heading') return { ...base, kind, text: note.text.replace(/\s+/g, ' ').trim() };
  if (kind === 'text') return { ...base, kind, text: note.text, ...times };
  const url = note.kind === 'quote' && note.url ? { url: note.url } : {};
  return { ...base, kind, text: note.text, cite: note.kind === 'quote' ? note.cite : cite, ...url, ...times };
}

export function noteOps(ctx: StoreContext) {
  const { db } = ctx;

  /** Rewrites one note in its page (its order and section stay), in one transaction. */
  function rewriteNote(id: Id, change: (old: Note) => Note): Promise<Note> {
    return inTransaction(db, ['notePages'], 'readwrite', async (tx) => {
      const store = tx.objectStore('notePages');
      const found = await SectionPages.holding(store, id);
      if (!found) throw new NotFoundError('This note');
      const note = change(found.note);
      if (note === found.note) return note;
      found.pages.replace(storableNote(note));
      await found.pages.write(store);
      return note;
    });
  }

  return {
    async getNote(id: Id): Promise<Note | undefined> {
      return (await inTransaction(db, ['notePages'], 'readonly', (tx) => findNote(tx.objectStore('notePages'), id)))
        ?.note;
    },

    addNote(sessionId: Id, sectionId: Id, draft: NoteDraft, place?: Place): Promise<Note> {
      return inTransaction(db, ['sections', 'notePages'], 'readwrite', async (tx) => {
        const section = await tx.objectStore('sections').get(sectionId);
        if (!section || section.sessionId !== sessionId) throw new NotFoundError('This section');
        const store = tx.objectStore('notePages');
        const { order, pages } = await placeNewNote(store, sessionId, sectionId, place);
        const time = ctx.now();
        const note = noteFromDraft(
          { id: ctx.newId(), sessionId, sectionId, order, createdAt: time, updatedAt: time },
          draft,
        );
        pages.insert(storableNote(note));
        await Promise.all([pages.write(store), countNotes(tx, section, +1)]);
        return note;
      });
    },

    updateNote(id: Id, patch: NotePatch): Promise<Note> {
      return rewriteNote(id, (old) => {
        const changes: Record<string, string> = {};
        for (const [field, value] of Object.entries(patch)) {
          if (value === undefined) continue;
          if (!EDITABLE[old.kind].includes(field)) throw new Error(`A ${old.kind} note has no ${field} to edit.`);
          changes[field] = String(value);
        }
        return { ...old, ...changes, updatedAt: ctx.now() };
      });
    },

    /** Turns a text note, quote or sub-heading into another of these (a quote of `cite` when it was not one). */
    restyleNote(id: Id, kind: WordsKind, cite: string): Promise<Note> {
      return rewriteNote(id, (old) =>
        old.kind === kind ? old : { ...restyled(old, kind, String(cite)), updatedAt: ctx.now() },
      );
    },

    /**
     * A note with a talk's time keeps it only in that talk's section: moved anywhere else, the time is dropped in
     * the same write. `at` (a note's time put back by Undo) is kept only where the talk's section is the target.
     */
    moveNote(id: Id, to: { sectionId: Id; at?: Moment } & Place): Promise<Note> {
      return inTransaction(db, ['sections', 'notePages'], 'readwrite', async (tx) => {
        const store = tx.objectStore('notePages');
        const found = await findNote(store, id);
        if (!found) throw new NotFoundError('This note');
        const old = found.note;
        const section = await tx.objectStore('sections').get(to.sectionId);
        if (!section) throw new NotFoundError('The section to move it to');
        if (section.sessionId !== old.sessionId) throw new Error('A note can only move within its own session.');
        const target = await SectionPages.all(store, section.sessionId, to.sectionId);
        // Within its section the note is taken out of the pages just read; from another, out of its own page.
        const source =
          old.sectionId === to.sectionId ? target : new SectionPages(old.sessionId, old.sectionId, [found.page]);
        source.remove(id);
        const { order, renumbered } = placeAmong(target.notes(), to);
        for (const n of renumbered) target.replace(storableNote(n));
        const moved = { ...old, sectionId: to.sectionId, order, updatedAt: ctx.now() };
        const note = withTimeIn(moved, to.at, section.source?.videoId);
        target.insert(storableNote(note));
        // Across sections, both counts change in this write; the section left is read only then.
        const left = old.sectionId === to.sectionId ? undefined : await tx.objectStore('sections').get(old.sectionId);
        await Promise.all([
          target.write(store),
          ...(source === target ? [] : [source.write(store)]),
          ...(left ? [countNotes(tx, left, -1), countNotes(tx, section, +1)] : []),
        ]);
        return note;
      });
    },

    /** Removes a note's talk time (the note stays in its section). */
    removeNoteTime(id: Id): Promise<Note> {
      return rewriteNote(id, (old) => {
        if (old.kind !== 'text' && old.kind !== 'quote') return old;
        const { at: _dropped, ...rest } = old;
        return { ...rest, updatedAt: ctx.now() };
      });
    },

    deleteNote(id: Id): Promise<Removed> {
      return inTransaction(db, ['sections', 'notePages', 'images'], 'readwrite', async (tx) => {
        const store = tx.objectStore('notePages');
        const found = await SectionPages.holding(store, id);
        if (!found) throw new NotFoundError('This note');
        const { note, pages } = found;
        pages.remove(id);
        const section = await tx.objectStore('sections').get(note.sectionId);
        await Promise.all([
          pages.write(store),
          ...(section ? [countNotes(tx, section, -1)] : []),
          removeImagesOf(tx, [note], ctx.now()),
        ]);
        return { sessions: [], sections: [], notes: [note] };
      });
    },
  };
}
