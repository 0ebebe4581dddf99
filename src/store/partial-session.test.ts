import { describe, expect, it } from 'vitest';
import type { Note } from '../model/types';
import { freshStore, putRawNotes } from './test-support';

const texts = (notes: Note[] | undefined) => (notes ?? []).map((n) => ('text' in n ? n.text : n.kind));

/** A session with sections of 0, 3 and 7 notes ("b0".."b6" in order). */
async function sample() {
  const env = await freshStore();
  const { store } = env;
  const session = await store.createSession({ title: 'Window', date: '', description: '', tags: [], categories: [] });
  const empty = await store.addSection(session.id, { title: 'Empty' });
  const a = await store.addSection(session.id, { title: 'A' });
  const b = await store.addSection(session.id, { title: 'B' });
  for (let i = 0; i < 3; i += 1) await store.addNote(session.id, a.id, { kind: 'text', text: `a${i}` });
  for (let i = 0; i < 7; i += 1) await store.addNote(session.id, b.id, { kind: 'text', text: `b${i}` });
  return { ...env, session, empty, a, b };
}

describe('loadPartialSession', () => {
  it('reads every section, each section’s count, and only the newest notes asked for, in order', async () => {
    const { store, session, empty, a, b } = await sample();
    const seen: [string, number][][] = [];
    const loaded = await store.loadPartialSession(session.id, (counts) => {
      seen.push([...counts]);
      return new Map([
        [a.id, 10],
        [b.id, 3],
      ]);
    });
    expect(seen).toEqual([
      [
        [empty.id, 0],
        [a.id, 3],
        [b.id, 7],
      ],
    ]);
    expect(loaded?.sections.map((s) => s.title)).toEqual(['Empty', 'A', 'B']);
    expect(texts(loaded?.notesBySection.get(a.id))).toEqual(['a0', 'a1', 'a2']);
    expect(texts(loaded?.notesBySection.get(b.id))).toEqual(['b4', 'b5', 'b6']);
    expect(loaded?.notesBySection.get(empty.id)).toEqual([]);
    expect([...loaded!.noteCounts]).toEqual([
      [empty.id, 0],
      [a.id, 3],
      [b.id, 7],
    ]);
  });

  it('reads no note of a section the answer leaves out or gives 0, one with 1', async () => {
    const { store, session, a, b } = await sample();
    const loaded = await store.loadPartialSession(
      session.id,
      () =>
        new Map([
          [b.id, 1],
          [a.id, 0],
        ]),
    );
    expect(texts(loaded?.notesBySection.get(a.id))).toEqual([]);
    expect(texts(loaded?.notesBySection.get(b.id))).toEqual(['b6']);
    expect(loaded?.noteCounts.get(a.id)).toBe(3);
  });

  it('follows the stored order after moves, not the order of writing', async () => {
    const { store, session, b } = await sample();
    const full = (await store.loadSession(session.id))!.notesBySection.get(b.id)!;
    await store.moveNote(full[6]!.id, { sectionId: b.id, beforeId: full[0]!.id }); // b6 to the top
    await store.moveNote(full[1]!.id, { sectionId: b.id, beforeId: null }); // b1 to the end
    const loaded = await store.loadPartialSession(session.id, () => new Map([[b.id, 3]]));
    expect(texts(loaded?.notesBySection.get(b.id))).toEqual(['b4', 'b5', 'b1']);
  });

  it('keeps notes that share an order together: a window never starts inside a run of equal orders', async () => {
    const { store, db, session, b } = await sample();
    await putRawNotes(
      db,
      ['x1', 'x2'].map((id) => ({
        id,
        sessionId: session.id,
        sectionId: b.id,
        kind: 'text',
        text: id,
        order: 1e9,
        createdAt: 0,
        updatedAt: 0,
      })),
    );
    const loaded = await store.loadPartialSession(session.id, () => new Map([[b.id, 1]]));
    expect(texts(loaded?.notesBySection.get(b.id))).toEqual(['x1', 'x2']);
    const earlier = await store.loadEarlierNotes(b.id, 1e9, 2);
    expect(texts(earlier)).toEqual(['b5', 'b6']);
  });

  it("takes each section's count from its record instead of counting its notes", async () => {
    const { store, db, session, b } = await sample();
    // A count only the record says (the store keeps it exact; here it is set apart to tell where it comes from).
    await db.put('sections', { ...(await db.get('sections', b.id))!, noteCount: 70 });
    const seen: number[] = [];
    const loaded = await store.loadPartialSession(session.id, (counts) => {
      seen.push(counts.get(b.id)!);
      return new Map();
    });
    expect(seen).toEqual([70]);
    expect(loaded?.noteCounts.get(b.id)).toBe(70);
  });

  it('gives undefined for a session that is not there', async () => {
    const { store } = await sample();
    expect(await store.loadPartialSession('missing', () => new Map())).toBeUndefined();
  });
});

describe('loadEarlierNotes', () => {
  it('reads the notes before a given order, newest first in steps, until the section is whole', async () => {
    const { store, session, b } = await sample();
    const loaded = await store.loadPartialSession(session.id, () => new Map([[b.id, 2]]));
    let notes = loaded!.notesBySection.get(b.id)!;
    const steps: string[][] = [];
    for (;;) {
      const earlier = await store.loadEarlierNotes(b.id, notes[0]!.order, 2);
      if (earlier.length === 0) break;
      steps.push(texts(earlier));
      notes = [...earlier, ...notes];
    }
    expect(steps).toEqual([['b3', 'b4'], ['b1', 'b2'], ['b0']]);
    expect(notes).toEqual((await store.loadSession(session.id))!.notesBySection.get(b.id));
  });

  it('reads the newest notes of the section when nothing is loaded yet (before Infinity)', async () => {
    const { store, a } = await sample();
    expect(texts(await store.loadEarlierNotes(a.id, Infinity, 2))).toEqual(['a1', 'a2']);
    expect(await store.loadEarlierNotes('missing', Infinity, 5)).toEqual([]);
  });
});
