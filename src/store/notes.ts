/** Notes within a section: add, edit, move (within or across sections of one session), delete. */
import type { Id, Note } from '../model/types';
import type { NoteDraft, Place, Removed } from './api';
import { noteFromDraft } from './note-records';
import { placeNewNote } from './note-place';
import { placeAmong } from './placement';
import { childrenOf, inTransaction, NotFoundError, type StoreContext } from './transaction';

/** Which editable fields each kind has; editing one a kind lacks is refused rather than silently dropped. */
const EDITABLE: Record<Note['kind'], readonly string[]> = {
  text: ['text'], quote: ['text', 'cite'], tweet: ['comment'], page: ['comment'],
};

export type NotePatch = { text?: string; cite?: string; comment?: string };

export function noteOps(ctx: StoreContext) {
  const { db } = ctx;
  return {
    addNote(sessionId: Id, sectionId: Id, draft: NoteDraft, place?: Place): Promise<Note> {
      return inTransaction(db, ['sections', 'notes'], 'readwrite', async (tx) => {
        const section = await tx.objectStore('sections').get(sectionId);
        if (!section || section.sessionId !== sessionId) throw new NotFoundError('This section');
        const store = tx.objectStore('notes');
        const { order, renumbered } = await placeNewNote(store, sectionId, place);
        const time = ctx.now();
        const note = noteFromDraft({ id: ctx.newId(), sessionId, sectionId, order, createdAt: time, updatedAt: time }, draft);
        await Promise.all([...renumbered.map((n) => store.put(n)), store.add(note)]);
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
        const note = { ...old, ...changes, updatedAt: ctx.now() } as Note;
        await store.put(note);
        return note;
      });
    },

    moveNote(id: Id, to: { sectionId: Id } & Place): Promise<Note> {
      return inTransaction(db, ['sections', 'notes'], 'readwrite', async (tx) => {
        const store = tx.objectStore('notes');
        const old = await store.get(id);
        if (!old) throw new NotFoundError('This note');
        const section = await tx.objectStore('sections').get(to.sectionId);
        if (!section) throw new NotFoundError('The section to move it to');
        if (section.sessionId !== old.sessionId) throw new Error('A note can only move within its own session.');
        const siblings = (await store.index('by-section-order').getAll(childrenOf(to.sectionId))).filter((n) => n.id !== id);
        const { order, renumbered } = placeAmong(siblings, to);
        const note: Note = { ...old, sectionId: to.sectionId, order, updatedAt: ctx.now() };
        await Promise.all([...renumbered.map((n) => store.put(n)), store.put(note)]);
        return note;
      });
    },

    deleteNote(id: Id): Promise<Removed> {
      return inTransaction(db, ['notes'], 'readwrite', async (tx) => {
        const note = await tx.objectStore('notes').get(id);
        if (!note) throw new NotFoundError('This note');
        await tx.objectStore('notes').delete(id);
        return { sessions: [], sections: [], notes: [note] };
      });
    },
  };
}
