/**
 * A backup imported into a profile that already has its sessions: the file's notes replace those with the same
 * ids, the profile's other notes stay, and every section touched is paged again in order with its count exact.
 */
import { describe, expect, it } from 'vitest';
import type { Note } from '../model/types';
import { PAGE_NOTES } from '../store/pages';
import { dumpAll, freshStore, writeSectionNotes } from '../store/test-support';
import { exportBackup } from './export';
import type { Backup } from './format';
import { importBackup } from './import';

const AT = '2019-06-21T08:00:00.000Z';
const text = (n: Note) => ('text' in n ? n.text : '');

async function profile(notes: number) {
  const env = await freshStore();
  const session = await env.store.createSession({ title: 'S', date: '', description: '', tags: [], categories: [] });
  const a = await env.store.addSection(session.id, { title: 'A' });
  const b = await env.store.addSection(session.id, { title: 'B' });
  const written = await writeSectionNotes(env.db, session.id, a.id, notes);
  return { ...env, session, a, b, written };
}

describe('importing into a profile that has the session', () => {
  it("replaces the file's notes, keeps the profile's others, and pages each section again in order", async () => {
    const { store, db, session, a, b, written } = await profile(PAGE_NOTES + 50);
    const file = JSON.parse(await exportBackup(db, AT)) as Backup;
    // Written after the export: the profile's own, which the file does not have.
    const mine = await store.addNote(session.id, a.id, { kind: 'text', text: 'mine' });
    const notes = file.sessions[0]!.notes;
    // In the file: one note edited, one moved to B, one new between the first two.
    const edited = notes.find((n) => n.id === written[3]!.id)!;
    Object.assign(edited, { text: 'edited' });
    Object.assign(
      notes.find((n) => n.id === written[PAGE_NOTES + 10]!.id)!,
      { sectionId: b.id, order: 1 },
    );
    notes.push({ ...edited, id: 'new-note', text: 'new', order: (written[0]!.order + written[1]!.order) / 2 } as Note);
    const summary = await importBackup(db, JSON.stringify(file));
    expect(summary).toMatchObject({ sessions: 1, sections: 2, notes: PAGE_NOTES + 51 });

    const loaded = (await store.loadSession(session.id))!;
    const inA = loaded.notesBySection.get(a.id)!.map(text);
    expect(inA.slice(0, 5)).toEqual(['0', 'new', '1', '2', 'edited']);
    expect(inA.at(-1)).toBe('mine');
    expect(inA).not.toContain(`${PAGE_NOTES + 10}`);
    expect(loaded.notesBySection.get(b.id)!.map(text)).toEqual([`${PAGE_NOTES + 10}`]);
    const partial = (await store.loadPartialSession(session.id, (counts) => counts))!;
    expect(Object.fromEntries(partial.noteCounts)).toEqual({ [a.id]: PAGE_NOTES + 51, [b.id]: 1 });
    // Every note once, in pages that are runs of their section in order.
    const pages = await db.getAll('notePages');
    const ids = pages.flatMap((p) => p.noteIds);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(PAGE_NOTES + 52);
    expect(pages.every((p) => p.notes.length <= PAGE_NOTES && p.notes.every((n) => n.sectionId === p.sectionId))).toBe(
      true,
    );
    // And importing the same file again changes nothing more.
    const once = await dumpAll(db);
    await importBackup(db, JSON.stringify(file));
    expect(await dumpAll(db)).toEqual(once);
    expect(await store.getNote(mine.id)).toEqual(mine);
  });

  it("refuses a note whose id is another session's note in this profile, and changes nothing", async () => {
    const { store, db, written } = await profile(3);
    const other = await store.createSession({ title: 'Other', date: '', description: '', tags: [], categories: [] });
    const file = JSON.parse(await exportBackup(db, AT)) as Backup;
    const entry = file.sessions.find((e) => e.session.id !== other.id)!;
    entry.session = { ...entry.session, id: 'elsewhere' };
    entry.sections = entry.sections.map((s) => ({ ...s, id: `${s.id}-x`, sessionId: 'elsewhere' }));
    entry.notes = entry.notes.map((n) => ({
      ...n,
      id: n.id === written[1]!.id ? n.id : `${n.id}-x`,
      sessionId: 'elsewhere',
      sectionId: `${n.sectionId}-x`,
    }));
    file.sessions = [entry];
    const before = await dumpAll(db);
    await expect(importBackup(db, JSON.stringify(file))).rejects.toThrow(
      'sessions[0].notes[1].id: this id belongs to another session in this profile',
    );
    expect(await dumpAll(db)).toEqual(before);
  });
});
