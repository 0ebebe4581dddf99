/**
 * Notes kept in pages (src/store/pages.ts, section-pages.ts): whatever the writes, each section's pages are runs of
 * its notes in order, none over PAGE_NOTES, none empty, their index fields matching their notes.
 */
import { describe, expect, it } from 'vitest';
import type { Note, Post } from '../model/types';
import type { ConfnotesDatabase } from './db';
import { PAGE_NOTES, TAIL_NOTES } from './pages';
import type { NotePage } from './schema';
import { allNotes, freshStore, putRawNotes, writeSectionNotes } from './test-support';

/** The section's pages in index order, each checked against its notes. */
async function pagesOf(db: ConfnotesDatabase, sectionId: string): Promise<NotePage[]> {
  const pages = await db.getAllFromIndex(
    'notePages',
    'by-section-first',
    IDBKeyRange.bound([sectionId, -Infinity], [sectionId, Infinity]),
  );
  for (const page of pages) {
    expect(page.notes.length).toBeGreaterThan(0);
    expect(page.notes.length).toBeLessThanOrEqual(PAGE_NOTES);
    expect(page.noteIds).toEqual(page.notes.map((n) => n.id));
    expect([page.first, page.firstId]).toEqual([page.notes[0]!.order, page.notes[0]!.id]);
    expect(page.notes.every((n) => n.sectionId === sectionId && n.sessionId === page.sessionId)).toBe(true);
  }
  const notes = pages.flatMap((p) => p.notes);
  const sorted = [...notes].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  expect(notes.map((n) => n.id)).toEqual(sorted.map((n) => n.id));
  return pages;
}

const tweet = (id: string): Post => ({
  network: 'x',
  id,
  url: `https://x.com/someone/status/${id}`,
  authorName: 'Some One',
  handle: 'someone',
  parts: [{ type: 'text', text: `post ${id}` }],
  time: '2018-09-27T10:00:00.000Z',
  lang: 'en',
  media: [],
});

/** Sections A (with `count` notes, written in one go as an import pages them) and B (empty). */
async function withNotes(count: number) {
  const env = await freshStore();
  const session = await env.store.createSession({ title: 'S', date: '', description: '', tags: [], categories: [] });
  const a = await env.store.addSection(session.id, { title: 'A' });
  const b = await env.store.addSection(session.id, { title: 'B' });
  const notes = await writeSectionNotes(env.db, session.id, a.id, count);
  const texts = async (sectionId: string) =>
    (await env.store.loadSession(session.id))!.notesBySection.get(sectionId)!.map((n) => ('text' in n ? n.text : ''));
  return { ...env, session, a, b, notes, texts };
}

describe('notes in pages', () => {
  it('appends into a small last page, whose notes move into the page before while they fit', async () => {
    const { store, db, session, a } = await withNotes(TAIL_NOTES);
    const sizes = async () => (await pagesOf(db, a.id)).map((p) => p.notes.length);
    expect(await sizes()).toEqual([TAIL_NOTES]);
    const add = async (n: number) => {
      for (let i = 0; i < n; i++) await store.addNote(session.id, a.id, { kind: 'text', text: 'more' });
    };
    await add(1);
    expect(await sizes()).toEqual([TAIL_NOTES, 1]);
    await add(TAIL_NOTES);
    expect(await sizes()).toEqual([2 * TAIL_NOTES, 1]);
    await add(PAGE_NOTES - 2 * TAIL_NOTES);
    expect(await sizes()).toEqual([PAGE_NOTES, 1]);
    // The page before is full: the last page, once full too, stays a page of its own.
    await add(TAIL_NOTES);
    expect(await sizes()).toEqual([PAGE_NOTES, TAIL_NOTES, 1]);
  });

  it('splits a full page in two when a note goes into its middle', async () => {
    const { store, db, session, a, notes, texts } = await withNotes(PAGE_NOTES + TAIL_NOTES);
    expect((await pagesOf(db, a.id)).map((p) => p.notes.length)).toEqual([PAGE_NOTES, TAIL_NOTES]);
    await store.addNote(session.id, a.id, { kind: 'text', text: 'middle' }, { beforeId: notes[50]!.id });
    const pages = await pagesOf(db, a.id);
    expect(pages.map((p) => p.notes.length)).toEqual([101, 100, TAIL_NOTES]);
    expect((await texts(a.id)).slice(49, 52)).toEqual(['49', 'middle', '50']);
  });

  it('moves notes across pages and sections, and deletes a page left empty', async () => {
    const { store, db, a, b, notes, texts } = await withNotes(PAGE_NOTES + 2);
    // The last page's two notes: one to the top of its section, one to the other section.
    await store.moveNote(notes[PAGE_NOTES]!.id, { sectionId: a.id, beforeId: notes[0]!.id });
    await store.moveNote(notes[PAGE_NOTES + 1]!.id, { sectionId: b.id });
    expect((await pagesOf(db, a.id)).map((p) => p.notes.length)).toEqual([101, 100]);
    expect((await texts(a.id)).slice(0, 2)).toEqual([`${PAGE_NOTES}`, '0']);
    expect(await texts(b.id)).toEqual([`${PAGE_NOTES + 1}`]);
    expect((await pagesOf(db, a.id)).reduce((n, p) => n + p.notes.length, 0)).toBe(PAGE_NOTES + 1);
    expect(await pagesOf(db, b.id)).toHaveLength(1);
    // Moved back, the other section's only page goes.
    await store.moveNote(notes[PAGE_NOTES + 1]!.id, { sectionId: a.id });
    expect(await pagesOf(db, b.id)).toEqual([]);
    expect((await store.getSection(b.id))?.title).toBe('B');
  });

  it('deletes down to no page, and Undo brings the notes back in their places', async () => {
    const { store, db, a, notes, texts } = await withNotes(3);
    const removed = [];
    for (const note of notes) removed.push(await store.deleteNote(note.id));
    expect(await db.count('notePages')).toBe(0);
    for (const r of removed.reverse()) await store.restore(r);
    expect(await texts(a.id)).toEqual(['0', '1', '2']);
    await pagesOf(db, a.id);
  });

  it('renumbers a section across its pages when two neighbours leave no room', async () => {
    const { store, db, session, a, notes, texts } = await withNotes(PAGE_NOTES + 5);
    const [n1, n2] = [notes[PAGE_NOTES - 1]!, notes[PAGE_NOTES]!];
    await putRawNotes(db, [{ ...n2, order: n1.order }]); // a tie: sorted by id, no order between them
    await store.addNote(session.id, a.id, { kind: 'text', text: 'between' }, { beforeId: n2.id });
    const all = await texts(a.id);
    expect(all.slice(PAGE_NOTES - 1, PAGE_NOTES + 2)).toEqual([`${PAGE_NOTES - 1}`, 'between', `${PAGE_NOTES}`]);
    const orders = (await pagesOf(db, a.id)).flatMap((p) => p.notes.map((n) => n.order));
    expect(orders).toEqual(orders.map((_, i) => (i + 1) * 1024));
  });

  it('finds a clipped post after its page was split, and a text note with its key blocks nothing', async () => {
    const { store, db, session, a, b, notes } = await withNotes(PAGE_NOTES + TAIL_NOTES);
    expect((await pagesOf(db, a.id)).map((p) => p.notes.length)).toEqual([PAGE_NOTES, TAIL_NOTES]);
    // Clipped into B, then moved into the middle of A's full first page, which splits: the post is in the new page.
    const clip = await store.clipPost(session.id, b.id, tweet('42'), '');
    const moved = await store.moveNote(clip.note.id, { sectionId: a.id, beforeId: notes[150]!.id });
    const pages = await pagesOf(db, a.id);
    expect(pages.map((p) => p.notes.length)).toEqual([101, 100, TAIL_NOTES]);
    expect(pages[1]!.sources).toEqual([[session.id, 'x:42']]);
    expect(await store.clippedPostKeys(session.id, ['x:42', 'x:43'])).toEqual(['x:42']);
    const again = await store.clipPost(session.id, a.id, tweet('42'), 'again');
    expect(again).toEqual({ note: moved, duplicate: true });
    await store.deleteNote(clip.note.id);
    expect(await store.clippedPostKeys(session.id, ['x:42'])).toEqual([]);
    expect((await allNotes(db)).length).toBe(PAGE_NOTES + TAIL_NOTES);
  });

  it('reads every note of the profile in batches of whole pages, none missed', async () => {
    const { store, notes } = await withNotes(PAGE_NOTES * 3 + 7);
    const read: Note[] = [];
    for (let batch = await store.readNotes(null, PAGE_NOTES * 2); ; batch = await store.readNotes(batch.next, 400)) {
      read.push(...batch.notes);
      if (batch.next === null) break;
    }
    expect(read.map((n) => n.id).sort()).toEqual(notes.map((n) => n.id).sort());
  });
});
