/** A user action that fails part-way leaves the data exactly as it was: its earlier writes are undone too. */
import { describe, expect, it } from 'vitest';
import type { Note } from '../model/types';
import { dumpAll, freshStore } from './test-support';
import { inTransaction } from './transaction';

describe('failed actions change nothing', () => {
  it('aborts the earlier writes of an action whose work throws after writing', async () => {
    const { db } = await freshStore();
    const session = {
      id: 's',
      title: 'T',
      date: '',
      description: '',
      tags: [],
      categories: [],
      fields: {},
      createdAt: 1,
      updatedAt: 1,
    };
    await expect(
      inTransaction(db, ['sessions'], 'readwrite', async (tx) => {
        await tx.objectStore('sessions').put(session);
        throw new Error('something went wrong after the write');
      }),
    ).rejects.toThrow('something went wrong');
    expect(await db.count('sessions')).toBe(0);
  });

  it('undoes the sessions and sections of a restore whose last note cannot be stored', async () => {
    const { store, db } = await freshStore();
    const s = await store.createSession({ title: 'S', date: '', description: '', tags: [], categories: [] });
    const sec = await store.addSection(s.id, { title: 'A' });
    await store.addNote(s.id, sec.id, { kind: 'text', text: 'fine' });
    const removed = await store.deleteSession(s.id);
    // A value IndexedDB cannot clone: the put of the last record fails after the others were written.
    const broken = { ...removed.notes[0], id: 'broken', text: () => 'not data' } as unknown as Note;
    await expect(store.restore({ ...removed, notes: [...removed.notes, broken] })).rejects.toThrow();
    expect(await dumpAll(db)).toEqual({ sessions: [], sections: [], notes: [], images: [] });
  });

  it('rejects a write that breaks a constraint and keeps the rest', async () => {
    const { store, db } = await freshStore();
    const s = await store.createSession({ title: 'S', date: '', description: '', tags: [], categories: [] });
    const before = await dumpAll(db);
    await expect(
      inTransaction(db, ['sessions'], 'readwrite', async (tx) => {
        await tx.objectStore('sessions').put({ ...s, title: 'changed' });
        await tx.objectStore('sessions').add(s); // same key: ConstraintError
      }),
    ).rejects.toThrow();
    expect(await dumpAll(db)).toEqual(before);
  });
});
