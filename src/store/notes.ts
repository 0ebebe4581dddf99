/** Notes within a section: add, edit, move (within or across sections of one session), delete. */
import type { Id, Moment, Note } from '../model/types';
import type { NoteDraft, Place, Removed } from './api';
import { noteFromDraft } from './note-records';
import { placeNewNote } from './note-place';
import { placeAmong } from './placement';
import { childrenOf, inTransaction, NotFoundError, type StoreContext } from './transaction';
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
  return {
    getNote(id: Id): Promise<Note | undefined> {
      return inTransaction(db, ['notes'], 'readonly', (tx) => tx.objectStore('notes').get(id));
    },

    addNote(sessionId: Id, sectionId: Id, draft: NoteDraft, place?: Place): Promise<Note> {
      return inTransaction(db, ['sections', 'notes'], 'readwrite', async (tx) => {
        const section = await tx.objectStore('sections').get(sectionId);
        if (!section || section.sessionId !== sessionId) throw new NotFoundError('This section');
        const store = tx.objectStore('notes');
        const { order, renumbered } = await placeNewNote(store, sectionId, place);
        const time = ctx.now();
        const note = noteFromDraft(
          { id: ctx.newId(), sessionId, sectionId, order, createdAt: time, updatedAt: time },
          draft,
        );
        await Promise.all([
          ...renumbered.map((n) => store.put(storableNote(n))),
          store.add(storableNote(note)),
          countNotes(tx, section, +1),
        ]);
        return note;
      });
    },

    updateNote(id: Id, patch: NotePatch): Promise<Note> {
      return inTransaction(db, ['notes'], 'readwrite', async (tx) => {
        const store = tx.objectStore('notes');
        const old = await store.get(id);
        if (!old) throw new NotFoundError('This note');
        const changes: Record<string, string> = {};
        for (const [field, value] of Object.entries(patch)) {
          if (value === undefined) continue;
          if (!EDITABLE[old.kind].includes(field)) throw new Error(`A ${old.kind} note has no ${field} to edit.`);
          changes[field] = String(value);
        }
        const note = { ...old, ...changes, updatedAt: ctx.now() };
        await store.put(storableNote(note));
        return note;
      });
    },

    /** Turns a text note, quote or sub-heading into another of these (a quote of `cite` when it was not one). */
    restyleNote(id: Id, kind: WordsKind, cite: string): Promise<Note> {
      return inTransaction(db, ['notes'], 'readwrite', async (tx) => {
        const store = tx.objectStore('notes');
        const old = await store.get(id);
        if (!old) throw new NotFoundError('This note');
        if (old.kind === kind) return old;
        const note = { ...restyled(old, kind, String(cite)), updatedAt: ctx.now() };
        await store.put(storableNote(note));
        return note;
      });
    },

    /**
     * A note with a talk's time keeps it only in that talk's section: moved anywhere else, the time is dropped in
     * the same write. `at` (a note's time put back by Undo) is kept only where the talk's section is the target.
     */
    moveNote(id: Id, to: { sectionId: Id; at?: Moment } & Place): Promise<Note> {
      return inTransaction(db, ['sections', 'notes'], 'readwrite', async (tx) => {
        const store = tx.objectStore('notes');
        const old = await store.get(id);
        if (!old) throw new NotFoundError('This note');
        const section = await tx.objectStore('sections').get(to.sectionId);
        if (!section) throw new NotFoundError('The section to move it to');
        if (section.sessionId !== old.sessionId) throw new Error('A note can only move within its own session.');
        const siblings = (await store.index('by-section-order').getAll(childrenOf(to.sectionId))).filter(
          (n) => n.id !== id,
        );
        const { order, renumbered } = placeAmong(siblings, to);
        const moved = { ...old, sectionId: to.sectionId, order, updatedAt: ctx.now() };
        const note = withTimeIn(moved, to.at, section.source?.videoId);
        // Across sections, both counts change in this write; the section left is read only then.
        const left = old.sectionId === to.sectionId ? undefined : await tx.objectStore('sections').get(old.sectionId);
        await Promise.all([
          ...renumbered.map((n) => store.put(storableNote(n))),
          store.put(storableNote(note)),
          ...(left ? [countNotes(tx, left, -1), countNotes(tx, section, +1)] : []),
        ]);
        return note;
      });
    },

    /** Removes a note's talk time (the note stays in its section). */
    removeNoteTime(id: Id): Promise<Note> {
      return inTransaction(db, ['notes'], 'readwrite', async (tx) => {
        const store = tx.objectStore('notes');
        const old = await store.get(id);
        if (!old) throw new NotFoundError('This note');
        if (old.kind !== 'text' && old.kind !== 'quote') return old;
        const { at: _dropped, ...rest } = old;
        const note = { ...rest, updatedAt: ctx.now() } as Note;
        await store.put(storableNote(note));
        return note;
      });
    },

    deleteNote(id: Id): Promise<Removed> {
      return inTransaction(db, ['sections', 'notes', 'images'], 'readwrite', async (tx) => {
        const note = await tx.objectStore('notes').get(id);
        if (!note) throw new NotFoundError('This note');
        const section = await tx.objectStore('sections').get(note.sectionId);
        await Promise.all([
          tx.objectStore('notes').delete(id),
          ...(section ? [countNotes(tx, section, -1)] : []),
          removeImagesOf(tx, [note], ctx.now()),
        ]);
        return { sessions: [], sections: [], notes: [note] };
      });
    },
  };
}
