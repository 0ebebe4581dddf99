/**
 * Each section's stored note count equals the number of its notes after every kind of write: one case per write
 * path, and a property over random sequences of them. The count never leaves the store (not in what a section read
 * returns, not in a backup).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../backup/export';
import { importBackup } from '../backup/import';
import { sampleTweet, withChange } from '../backup/test-support';
import type { Id } from '../model/types';
import { parseSchedule } from '../schedule/parse-schedule';
import { EVENT_ZONE, fixture } from '../schedule/test-fixtures';
import type { ConfnotesDatabase } from './db';
import { allNotes, freshStore, noteById } from './test-support';

/** Every section's stored count beside the number of its notes, by section id. */
async function countsOf(db: ConfnotesDatabase) {
  const [sections, notes] = await Promise.all([db.getAll('sections'), allNotes(db)]);
  const stored = Object.fromEntries(sections.map((s) => [s.id, s.noteCount]));
  const real = Object.fromEntries(sections.map((s) => [s.id, notes.filter((n) => n.sectionId === s.id).length]));
  return { stored, real };
}

async function expectExact(db: ConfnotesDatabase) {
  const { stored, real } = await countsOf(db);
  expect(stored).toEqual(real);
  return stored;
}

async function twoSections() {
  const env = await freshStore();
  const session = await env.store.createSession({ title: 'S', date: '', description: '', tags: [], categories: [] });
  const a = await env.store.addSection(session.id, { title: 'A' });
  const b = await env.store.addSection(session.id, { title: 'B' });
  const add = (sectionId: Id, text = 'n') => env.store.addNote(session.id, sectionId, { kind: 'text', text });
  return { ...env, session, a, b, add };
}

describe("a section's stored note count", () => {
  it('starts at 0 for a new section and a talk made by its video, and grows with each note added', async () => {
    const { store, db, session, a, b, add } = await twoSections();
    const talk = await store.sectionForSource(session.id, { kind: 'youtube', videoId: 'dQw4w9WgXcQ' }, { title: 'T' });
    expect(await expectExact(db)).toEqual({ [a.id]: 0, [b.id]: 0, [talk.id]: 0 });
    await add(a.id);
    const first = await add(a.id);
    await store.addNote(session.id, a.id, { kind: 'text', text: 'before' }, { beforeId: first.id });
    expect(await expectExact(db)).toMatchObject({ [a.id]: 3, [b.id]: 0 });
  });

  it('drops with a delete and comes back with its Undo, also undone twice', async () => {
    const { store, db, a, add } = await twoSections();
    await add(a.id);
    const note = await add(a.id);
    const removed = await store.deleteNote(note.id);
    expect(await expectExact(db)).toMatchObject({ [a.id]: 1 });
    await store.restore(removed);
    await store.restore(removed);
    expect(await expectExact(db)).toMatchObject({ [a.id]: 2 });
  });

  it('moves with a note to another section, and not when it moves within its own', async () => {
    const { store, db, a, b, add } = await twoSections();
    const first = await add(a.id);
    const second = await add(a.id);
    await store.moveNote(second.id, { sectionId: a.id, beforeId: first.id });
    expect(await expectExact(db)).toMatchObject({ [a.id]: 2, [b.id]: 0 });
    await store.moveNote(first.id, { sectionId: b.id });
    expect(await expectExact(db)).toMatchObject({ [a.id]: 1, [b.id]: 1 });
  });

  it('counts a clipped tweet once, however often it is clipped', async () => {
    const { store, db, session, a } = await twoSections();
    await store.clipPost(session.id, a.id, sampleTweet('7'), '');
    await store.clipPost(session.id, a.id, sampleTweet('7'), 'again');
    expect(await expectExact(db)).toMatchObject({ [a.id]: 1 });
  });

  it("goes with a deleted section, and its Undo brings back the section's count; a session's too", async () => {
    const { store, db, session, a, b, add } = await twoSections();
    await add(a.id);
    await add(a.id);
    await add(b.id);
    const removed = await store.deleteSection(a.id);
    expect(await expectExact(db)).toEqual({ [b.id]: 1 });
    await store.restore(removed);
    expect(await expectExact(db)).toEqual({ [a.id]: 2, [b.id]: 1 });
    await store.restore(await store.deleteSession(session.id));
    expect(await expectExact(db)).toEqual({ [a.id]: 2, [b.id]: 1 });
  });

  it('stays through a rename, a section move and schedule imports (new talks at 0, known ones kept)', async () => {
    const { store, db, session, a, b, add } = await twoSections();
    await add(a.id);
    await store.updateSection(a.id, { title: 'Renamed', source: { kind: 'youtube', videoId: 'dQw4w9WgXcQ' } });
    await store.moveSection(a.id, { beforeId: null });
    await store.moveSection(b.id, { beforeId: a.id });
    const schedule = parseSchedule(fixture('pretalx-v1.json'), { timeZone: EVENT_ZONE });
    await store.importSchedule(session.id, schedule);
    const talk = (await store.listSections(session.id)).find((s) => s.schedule)!;
    await add(talk.id);
    await store.importSchedule(session.id, schedule);
    const counts = await expectExact(db);
    expect(counts).toMatchObject({ [a.id]: 1, [b.id]: 0, [talk.id]: 1 });
    expect(Object.keys(counts)).toHaveLength(11);
  });

  it('is never in what a read returns nor in a backup, and an import counts the notes again', async () => {
    const { store, db, session, a, b, add } = await twoSections();
    await add(a.id);
    expect(await store.getSection(a.id)).not.toHaveProperty('noteCount');
    expect((await store.listSections(session.id))[0]).not.toHaveProperty('noteCount');
    expect((await store.loadSession(session.id))!.sections[0]).not.toHaveProperty('noteCount');
    const text = await exportBackup(db);
    expect(text).not.toContain('noteCount');

    // A file that carries a count is refused whole, like any field a backup does not have.
    const carrying = withChange(text, (b) => (b.sessions[0].sections[0].noteCount = 1));
    await expect(importBackup((await freshStore()).db, carrying)).rejects.toThrow(/noteCount/);

    // Into a fresh profile: counted from the file.
    const fresh = await freshStore();
    await importBackup(fresh.db, text);
    expect(await expectExact(fresh.db)).toEqual({ [a.id]: 1, [b.id]: 0 });

    // Into the same profile after changes: a note the file lacks stays, one it has goes back to its section.
    const moved = await add(b.id);
    await store.moveNote((await store.loadSession(session.id))!.notesBySection.get(a.id)![0]!.id, {
      sectionId: b.id,
    });
    expect(await expectExact(db)).toEqual({ [a.id]: 0, [b.id]: 2 });
    await importBackup(db, text);
    expect(await expectExact(db)).toEqual({ [a.id]: 1, [b.id]: 1 });
    expect((await noteById(db, moved.id))?.sectionId).toBe(b.id);
  });

  it('equals the number of notes after any sequence of writes', async () => {
    type Step =
      | { op: 'add'; to: number }
      | { op: 'delete'; which: number }
      | { op: 'move'; which: number; to: number }
      | { op: 'undo' }
      | { op: 'clip'; to: number; tweet: number }
      | { op: 'drop-section'; which: number }
      | { op: 'new-section' }
      | { op: 'reimport' };
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.record({ op: fc.constant('add' as const), to: fc.nat(9) }),
      fc.record({ op: fc.constant('delete' as const), which: fc.nat(99) }),
      fc.record({ op: fc.constant('move' as const), which: fc.nat(99), to: fc.nat(9) }),
      fc.record({ op: fc.constant('undo' as const) }),
      fc.record({ op: fc.constant('clip' as const), to: fc.nat(9), tweet: fc.nat(3) }),
      fc.record({ op: fc.constant('drop-section' as const), which: fc.nat(9) }),
      fc.record({ op: fc.constant('new-section' as const) }),
      fc.record({ op: fc.constant('reimport' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 25 }), async (steps) => {
        const { store, db, session, add } = await twoSections();
        let backup = await exportBackup(db);
        const undo: Awaited<ReturnType<typeof store.deleteNote>>[] = [];
        const pick = <T>(items: T[], i: number) => items[i % items.length];
        for (const s of steps) {
          const sections = await store.listSections(session.id);
          const notes = [...(await store.loadSession(session.id))!.notesBySection.values()].flat();
          const section = pick(sections, 'to' in s ? s.to : 'which' in s ? s.which : 0);
          const note = 'which' in s ? pick(notes, s.which) : undefined;
          if (s.op === 'add' && section) await add(section.id);
          if (s.op === 'delete' && note) undo.push(await store.deleteNote(note.id));
          if (s.op === 'move' && note && section) await store.moveNote(note.id, { sectionId: section.id });
          if (s.op === 'undo' && undo.length) await store.restore(undo.pop()!).catch(() => undefined);
          if (s.op === 'clip' && section) await store.clipPost(session.id, section.id, sampleTweet(`${s.tweet}`), '');
          if (s.op === 'drop-section' && section) undo.push(await store.deleteSection(section.id));
          if (s.op === 'new-section') await store.addSection(session.id, { title: 'New' });
          if (s.op === 'reimport') {
            await importBackup(db, backup);
            backup = await exportBackup(db);
          }
          await expectExact(db);
        }
      }),
      { numRuns: 40 },
    );
  });
});
