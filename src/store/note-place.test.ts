import { IDBIndex, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Note, Post } from '../model/types';
import { freshStore, putRawNotes, writeSectionNotes } from './test-support';

/**
 * Counts the page records (values or keys) IndexedDB hands back, whichever way they are read: a section of
 * hundreds of notes (several pages) must not be read to append one.
 */
function countNoteReads() {
  const counter = { reads: 0 };
  const watch = (proto: object, method: string, count: (result: unknown) => number) => {
    const target = proto as Record<string, (this: unknown, ...args: unknown[]) => IDBRequest>;
    const original = target[method]!;
    vi.spyOn(target, method).mockImplementation(function (this: IDBIndex | IDBObjectStore, ...args: unknown[]) {
      const request = original.apply(this, args);
      const storeName = this instanceof IDBIndex ? this.objectStore.name : this.name;
      if (storeName === 'notePages')
        request.addEventListener('success', () => {
          counter.reads += count(request.result);
        });
      return request;
    });
  };
  const one = (result: unknown) => (result === undefined || result === null ? 0 : 1);
  const all = (result: unknown) => (result as unknown[]).length;
  for (const proto of [IDBIndex.prototype, IDBObjectStore.prototype]) {
    for (const method of ['get', 'getKey', 'openCursor', 'openKeyCursor']) watch(proto, method, one);
    for (const method of ['getAll', 'getAllKeys']) watch(proto, method, all);
  }
  return counter;
}

/** A section of `count` notes, added one by one, or written in one go (`raw`) when that is not the point. */
async function sectionOf(count: number, raw = false) {
  const env = await freshStore();
  const session = await env.store.createSession({ title: 'S', date: '', description: '', tags: [], categories: [] });
  const section = await env.store.addSection(session.id, { title: 'Talk' });
  const notes: Note[] = raw ? await writeSectionNotes(env.db, session.id, section.id, count) : [];
  for (let i = 0; i < count && !raw; i++)
    notes.push(await env.store.addNote(session.id, section.id, { kind: 'text', text: `${i}` }));
  const nth = (i: number) => notes[i]!;
  const texts = async () =>
    (await env.store.loadSession(session.id))!.notesBySection
      .get(section.id)!
      .map((n) => ('text' in n ? n.text : n.kind));
  return { ...env, session, section, notes, nth, texts };
}

afterEach(() => vi.restoreAllMocks());

describe('placing a new note', () => {
  it('keeps 200 notes appended one by one in the order they were added', async () => {
    const { notes, nth, texts } = await sectionOf(200);
    expect(await texts()).toEqual(notes.map((_, i) => `${i}`));
    expect(notes.every((n, i) => i === 0 || n.order > nth(i - 1).order)).toBe(true);
  });

  it('reads only the last page of a long section to append one', async () => {
    // Four pages: 200, 200, 25 and a last page of 15 (src/store/pages.ts TAIL_NOTES).
    const { store, session, section, nth } = await sectionOf(440, true);
    const counter = countNoteReads();
    const added = await store.addNote(session.id, section.id, { kind: 'text', text: 'last' });
    expect(counter.reads).toBe(1);
    expect(added.order).toBeGreaterThan(nth(439).order);
  });

  it("reads the section's pages, not each note, to put one before another, and lands between its neighbours", async () => {
    const { store, session, section, nth, texts } = await sectionOf(440, true);
    const counter = countNoteReads();
    await store.addNote(session.id, section.id, { kind: 'text', text: 'between' }, { beforeId: nth(100).id });
    expect(counter.reads).toBeLessThanOrEqual(4);
    vi.restoreAllMocks();
    await store.addNote(session.id, section.id, { kind: 'text', text: 'first' }, { beforeId: nth(0).id });
    const order = await texts();
    expect(order.slice(0, 2)).toEqual(['first', '0']);
    expect(order.slice(100, 103)).toEqual(['99', 'between', '100']);
  });

  it('goes between two notes that share an order, renumbering the section', async () => {
    const { store, session, section, nth, db, texts } = await sectionOf(3);
    await putRawNotes(db, [{ ...nth(2), order: nth(1).order }]); // ties sort by id: '1' then '2'
    await store.addNote(session.id, section.id, { kind: 'text', text: 'tie' }, { beforeId: nth(2).id });
    expect(await texts()).toEqual(['0', '1', 'tie', '2']);
    await expect(
      store.addNote(session.id, section.id, { kind: 'text', text: 'x' }, { beforeId: 'gone' }),
    ).rejects.toThrow('no longer there');
  });

  it('reads only the last page of a long section to clip a tweet after it', async () => {
    const { store, session, section, nth } = await sectionOf(440, true);
    const tweet: Post = {
      network: 'x',
      id: '42',
      url: 'https://x.com/someone/status/42',
      authorName: 'Some One',
      handle: 'someone',
      parts: [{ type: 'text', text: 'Hi' }],
      time: '2018-09-27T10:00:00.000Z',
      lang: 'en',
      media: [],
    };
    const counter = countNoteReads();
    const { note } = await store.clipPost(session.id, section.id, tweet, '');
    expect(counter.reads).toBe(1); // the last page; the duplicate lookup finds nothing
    expect(note.order).toBeGreaterThan(nth(439).order);
  });
});
