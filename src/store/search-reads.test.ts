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

    const first = await store.readNotes(null, 2);
    const second = await store.readNotes(first[1]!.id, 2);
    const third = await store.readNotes(second[1]!.id, 2);
    expect([first.length, second.length, third.length]).toEqual([2, 2, 1]);
    expect([...first, ...second, ...third].map((n) => n.id)).toEqual(written.map((n) => n.id).sort());
    expect(await store.readNotes(third[0]!.id, 2)).toEqual([]);
  });
});
