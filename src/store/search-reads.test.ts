import { describe, expect, it } from 'vitest';
import type { Note } from '../model/types';
import { freshStore } from './test-support';

describe("the search index's reads", () => {
  it('read every session and section, and every note a batch at a time in id order', async () => {
    const { store } = await freshStore();
    const lisbon = await store.createSession({ title: 'Lisbon', date: '', description: '', tags: [], categories: [] });
    const malmo = await store.createSession({ title: 'Malmö', date: '', description: '', tags: [], categories: [] });
    const talk = await store.addSection(lisbon.id, { title: 'Fargate', speaker: '' });
    const other = await store.addSection(malmo.id, { title: 'Subgrid', speaker: '' });
    const written: Note[] = [];
    for (let i = 0; i < 5; i++)
      written.push(
        await store.addNote(i < 3 ? lisbon.id : malmo.id, i < 3 ? talk.id : other.id, { kind: 'text', text: `n${i}` }),
      );

    expect((await store.listAllSessions()).map((s) => s.title).sort()).toEqual(['Lisbon', 'Malmö']);
    const sections = await store.listAllSections();
    expect(sections.map((s) => s.title).sort()).toEqual(['Fargate', 'Subgrid']);
    expect(sections[0]).not.toHaveProperty('noteCount');

    // A page at a time here (each section's notes are one page): the batches together are every note, once.
    const first = await store.readNotes(null, 2);
    const second = await store.readNotes(first.next, 2);
    expect(second.next).not.toBeNull();
    const third = await store.readNotes(second.next, 2);
    expect(third).toEqual({ notes: [], next: null });
    const read = [...first.notes, ...second.notes].map((n) => n.id).sort();
    expect(read).toEqual(written.map((n) => n.id).sort());
  });
});
