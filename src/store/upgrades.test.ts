/**
 * Upgrade harness: write a database as version N-1 left it, close it, open it as the current version, and check
 * the data. For v1 there is no earlier schema, so the v1 case writes with v1 and reopens. A v2 change adds:
 *   await writeAtVersion(factory, 1, async (db) => { ...put v1-shaped records... });
 *   const db = await openConfnotesDB(factory); // runs UPGRADES[1]
 *   expect(...v2 shape...)
 */
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { openConfnotesDB, type ConfnotesDatabase } from './db';
import { DB_VERSION } from './schema';
import { UPGRADES } from './upgrades';
import { createStore } from './create-store';
import './record-checks-static';
import { dumpAll, noteById } from './test-support';
import type { IDBPDatabase } from 'idb';
import type { UpgradeDB } from './upgrades';

/** A text note as versions 1 to 6 stored it: a record of its own in the `notes` store. */
async function putOldNote(
  db: ConfnotesDatabase,
  fields: { id: string; sessionId: string; sectionId: string; order: number; text: string },
) {
  const now = 1_700_000_000_000;
  await (db as unknown as IDBPDatabase<UpgradeDB>).put('notes', {
    kind: 'text',
    createdAt: now,
    updatedAt: now,
    ...fields,
  });
}

/** Raw access to the stores of versions before pages. */
const old = (db: ConfnotesDatabase) => db as unknown as IDBPDatabase<UpgradeDB>;

async function writeAtVersion(factory: IDBFactory, version: number, write: (db: ConfnotesDatabase) => Promise<void>) {
  const db = await openConfnotesDB(factory, { version });
  await write(db);
  db.close();
}

describe('database upgrades', () => {
  it('has one step per version', () => {
    expect(UPGRADES).toHaveLength(DB_VERSION);
  });

  it('creates the stores and indexes from nothing', async () => {
    const db = await openConfnotesDB(new IDBFactory());
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['images', 'notePages', 'sections', 'sessions']);
    const tx = db.transaction(['sessions', 'sections', 'notePages', 'images']);
    expect([...tx.objectStore('images').indexNames].sort()).toEqual(['by-removed', 'by-session', 'by-thumbless']);
    expect([...tx.objectStore('sessions').indexNames]).toEqual(['by-updated']);
    expect([...tx.objectStore('sections').indexNames].sort()).toEqual(['by-session-order', 'by-session-source']);
    expect([...tx.objectStore('notePages').indexNames].sort()).toEqual([
      'by-note',
      'by-section-first',
      'by-session',
      'by-source',
    ]);
    db.close();
  });

  it('keeps a v1 database written, closed and reopened', async () => {
    const factory = new IDBFactory();
    let ids: { session: string; section: string; note: string } | undefined;
    await writeAtVersion(factory, 1, async (db) => {
      const store = createStore(db);
      const session = await store.createSession({
        title: 'Kept',
        date: '2018-09-27',
        description: '',
        tags: [],
        categories: [],
      });
      const section = await store.addSection(session.id, { title: 'Open Spaces' });
      const note = { id: 'n1', sessionId: session.id, sectionId: section.id, order: 1, text: 'still here' };
      await putOldNote(db, note);
      ids = { session: session.id, section: section.id, note: note.id };
    });
    const db = await openConfnotesDB(factory);
    const loaded = await createStore(db).loadSession(ids!.session);
    expect(loaded?.session.title).toBe('Kept');
    expect(loaded?.notesBySection.get(ids!.section)?.map((n) => n.id)).toEqual([ids!.note]);
    db.close();
  });

  it("rewrites v1 tweets' cards and videos in today's shape, and nothing else", async () => {
    const factory = new IDBFactory();
    let ids: { session: string; tweet: string; text: string } | undefined;
    await writeAtVersion(factory, 1, async (db) => {
      const store = createStore(db);
      const session = await store.createSession({ title: 'Old', date: '', description: '', tags: [], categories: [] });
      const section = await store.addSection(session.id, { title: 'Hallway' });
      const text = { id: 'text-note', sessionId: session.id, sectionId: section.id, order: 1, text: 'kept' };
      await putOldNote(db, text);
      // Written as v1 stored them: a card's url was its image and its link was href; a video's url its poster.
      const tweet = {
        id: '7',
        url: 'https://x.com/a/status/7',
        authorName: 'A',
        handle: 'a',
        parts: [],
        time: '',
        lang: '',
        media: [
          { type: 'video', url: 'https://pbs.twimg.com/ext_tw_video_thumb/7/pu/img/v.jpg' },
          { type: 'card', url: 'https://pbs.twimg.com/card_img/7/c.jpg', href: 'https://t.co/c', title: 'C' },
        ],
      };
      const now = Date.now();
      // A v1 tweet note, which the v5 -> v6 step then makes a post of X.
      await old(db).put('notes', {
        id: 'tweet-note',
        sessionId: session.id,
        sectionId: section.id,
        order: 2,
        createdAt: now,
        updatedAt: now,
        sourceKey: 'tweet:7',
        kind: 'tweet',
        comment: '',
        tweet,
      } as never);
      ids = { session: session.id, tweet: 'tweet-note', text: text.id };
    });
    const db = await openConfnotesDB(factory);
    const note = await noteById(db, ids!.tweet);
    expect(note?.kind === 'post' && note.post.media).toEqual([
      {
        type: 'video',
        url: 'https://x.com/a/status/7',
        poster: 'https://pbs.twimg.com/ext_tw_video_thumb/7/pu/img/v.jpg',
      },
      { type: 'card', url: 'https://t.co/c', image: 'https://pbs.twimg.com/card_img/7/c.jpg', title: 'C' },
    ]);
    expect(await noteById(db, ids!.text)).toMatchObject({ kind: 'text', text: 'kept' });
    db.close();
  });

  it('turns v5 tweet clips into posts of X (quote and thread too, key x:<id>) and leaves other notes', async () => {
    const factory = new IDBFactory();
    let ids: { session: string; text: string } | undefined;
    const tweet = (id: string) => ({
      id,
      url: `https://x.com/a/status/${id}`,
      authorName: 'A',
      handle: 'a',
      parts: [{ type: 'text', text: `tweet ${id}` }],
      time: '2026-05-01T10:00:00.000Z',
      lang: 'en',
      media: [],
    });
    await writeAtVersion(factory, 5, async (db) => {
      const store = createStore(db);
      const session = await store.createSession({ title: 'v5', date: '', description: '', tags: [], categories: [] });
      const section = await store.addSection(session.id, { title: 'Hallway' });
      const text = { id: 'text-note', sessionId: session.id, sectionId: section.id, order: 1, text: 'kept' };
      await putOldNote(db, text);
      const now = Date.now();
      await old(db).put('notes', {
        id: 'tweet-note',
        sessionId: session.id,
        sectionId: section.id,
        order: 2,
        createdAt: now,
        updatedAt: now,
        sourceKey: 'tweet:7',
        kind: 'tweet',
        comment: 'so true',
        tweet: { ...tweet('7'), quoted: tweet('6'), thread: [tweet('8')] },
      } as never);
      ids = { session: session.id, text: text.id };
    });
    const db = await openConfnotesDB(factory);
    const note = await noteById(db, 'tweet-note');
    expect(note).toMatchObject({ kind: 'post', sourceKey: 'x:7', comment: 'so true' });
    expect(note && 'tweet' in note).toBe(false);
    const post = note?.kind === 'post' ? note.post : null;
    expect(post).toEqual({
      network: 'x',
      ...tweet('7'),
      quoted: { network: 'x', ...tweet('6') },
      thread: [{ network: 'x', ...tweet('8') }],
    });
    // The dedupe index finds it by its new key: clipping it again is a duplicate.
    expect(await db.getAllFromIndex('notePages', 'by-source', [ids!.session, 'x:7'])).toHaveLength(1);
    const again = await createStore(db).clipPost(
      ids!.session,
      note!.sectionId,
      { network: 'x', ...tweet('7') } as never,
      '',
    );
    expect(again.duplicate).toBe(true);
    expect(await noteById(db, ids!.text)).toMatchObject({ kind: 'text', text: 'kept' });
    db.close();
  });

  it("counts each section's notes into its record when a v2 database opens as v3", async () => {
    const factory = new IDBFactory();
    const now = Date.now();
    const section = (id: string, order: number) => ({
      id,
      sessionId: 'conf',
      title: id,
      speaker: '',
      order,
      createdAt: now,
      updatedAt: now,
    });
    const note = (id: string, sectionId: string, order: number) => ({
      id,
      sessionId: 'conf',
      sectionId,
      order,
      createdAt: now,
      updatedAt: now,
      kind: 'text' as const,
      text: id,
    });
    // Written as v2 stored them: sections without a count, through raw puts (today's store writes v3 records).
    await writeAtVersion(factory, 2, async (db) => {
      const tx = old(db).transaction(['sessions', 'sections', 'notes'], 'readwrite');
      const raw = (name: 'sessions' | 'sections' | 'notes', value: object) => tx.objectStore(name).put(value as never);
      void raw('sessions', {
        id: 'conf',
        title: 'Conf',
        date: '',
        description: '',
        tags: [],
        categories: [],
        fields: {},
        createdAt: now,
        updatedAt: now,
      });
      ['busy', 'quiet', 'empty'].forEach((id, i) => void raw('sections', section(id, i + 1)));
      for (let i = 0; i < 250; i++) void raw('notes', note(`b${i}`, 'busy', i + 1));
      void raw('notes', note('q', 'quiet', 1));
      await tx.done;
      expect(await db.get('sections', 'busy')).not.toHaveProperty('noteCount');
    });
    const db = await openConfnotesDB(factory);
    expect((await db.getAll('sections')).map((s) => [s.id, s.noteCount])).toEqual([
      ['busy', 250],
      ['empty', 0],
      ['quiet', 1],
    ]);
    // The rest of each record as it was, and the notes untouched.
    expect(await db.get('sections', 'quiet')).toEqual({ ...section('quiet', 2), noteCount: 1 });
    expect((await createStore(db).loadSession('conf'))?.notesBySection.get('busy')).toHaveLength(250);
    // And the store goes on from those counts.
    await createStore(db).addNote('conf', 'empty', { kind: 'text', text: 'first' });
    expect((await db.get('sections', 'empty'))?.noteCount).toBe(1);
    db.close();
  });

  it('adds the images store when a v3 database opens as v4, every record as it was', async () => {
    const factory = new IDBFactory();
    let before: Awaited<ReturnType<typeof dumpAll>> | undefined;
    let ids: { session: string; section: string } | undefined;
    await writeAtVersion(factory, 3, async (db) => {
      expect([...db.objectStoreNames]).not.toContain('images');
      const store = createStore(db);
      const session = await store.createSession({ title: 'Conf', date: '', description: '', tags: [], categories: [] });
      const section = await store.addSection(session.id, { title: 'Talk' });
      await putOldNote(db, { id: 'n1', sessionId: session.id, sectionId: section.id, order: 1, text: 'before' });
      ids = { session: session.id, section: section.id };
      before = await dumpAll(db);
    });
    const db = await openConfnotesDB(factory);
    expect(await dumpAll(db)).toEqual({ ...before, images: [] });
    // And a snapshot can be kept in the upgraded database.
    const blob = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/webp' });
    const note = await createStore(db).addSnapshot(
      ids!.session,
      ids!.section,
      { text: '' },
      {
        blob,
        width: 1920,
        height: 1080,
        mime: 'image/webp',
      },
    );
    expect((await db.get('images', note.kind === 'text' ? note.image!.id : ''))?.noteId).toBe(note.id);
    db.close();
  });

  it('marks every image of a v4 database as without a thumbnail when it opens as v5, nothing else changed', async () => {
    const factory = new IDBFactory();
    let before: Awaited<ReturnType<typeof dumpAll>> | undefined;
    const ids: string[] = [];
    await writeAtVersion(factory, 4, async (db) => {
      const store = createStore(db, { now: () => 1_700_000_000_000 });
      const session = await store.createSession({ title: 'Conf', date: '', description: '', tags: [], categories: [] });
      const section = await store.addSection(session.id, { title: 'Talk' });
      for (const bytes of [
        [1, 2],
        [3, 4],
      ]) {
        // As v4 kept them: no thumbnail and no mark (written raw, as the v4 store did).
        const note = { id: `n${bytes[0]}`, sessionId: session.id, sectionId: section.id, order: bytes[0]!, text: '' };
        await putOldNote(db, note);
        const id = `image-${bytes[0]}`;
        await db.put('images', {
          id,
          sessionId: session.id,
          noteId: note.id,
          blob: new Blob([new Uint8Array(bytes)], { type: 'image/webp' }),
          width: 1920,
          height: 1080,
          mime: 'image/webp',
          createdAt: 1_700_000_000_000 + bytes[0]!,
        });
        ids.push(id);
      }
      before = await dumpAll(db);
    });
    const db = await openConfnotesDB(factory);
    const after = await dumpAll(db);
    expect({ ...after, images: undefined }).toEqual({ ...before, images: undefined });
    expect(after.images).toEqual(before!.images!.map((i) => ({ ...i, thumbless: i.createdAt })));
    const store = createStore(db);
    expect(await store.thumblessImageIds()).toEqual(ids);
    // The background keeps a thumbnail for each: the mark goes, the image stays.
    const thumb = { bytes: new Uint8Array([9]).buffer, width: 320, height: 180, mime: 'image/webp' as const };
    expect(await store.setThumb(ids[0]!, thumb)).toBe(true);
    expect(await store.thumblessImageIds()).toEqual([ids[1]]);
    expect([...new Uint8Array(await (await store.getImage(ids[0]!))!.blob.arrayBuffer())]).toEqual([1, 2]);
    db.close();
  });

  it("moves a v6 database's notes into pages of each section's notes in order, and drops the notes store", async () => {
    const factory = new IDBFactory();
    const now = 1_700_000_000_000;
    const base = { sessionId: 'conf', createdAt: now, updatedAt: now };
    const post = (id: string, sectionId: string, order: number) => ({
      ...base,
      id,
      sectionId,
      order,
      kind: 'post',
      sourceKey: `x:${id}`,
      comment: '',
      post: {
        network: 'x',
        id,
        url: `https://x.com/a/status/${id}`,
        authorName: 'A',
        handle: 'a',
        parts: [],
        time: '',
        lang: '',
        media: [],
      },
    });
    let before: Awaited<ReturnType<typeof dumpAll>> | undefined;
    await writeAtVersion(factory, 6, async (db) => {
      const tx = old(db).transaction(['sessions', 'sections', 'notes'], 'readwrite');
      const raw = (name: 'sessions' | 'sections' | 'notes', value: object) => tx.objectStore(name).put(value as never);
      void raw('sessions', { ...base, id: 'conf', title: 'Conf', date: '', description: '', tags: [], categories: [] });
      ['busy', 'quiet'].forEach(
        (id, i) =>
          void raw('sections', { ...base, id, title: id, speaker: '', order: i + 1, noteCount: i === 0 ? 450 : 2 }),
      );
      // Written out of order, ties in order among them (sorted by id), a post, and a text note carrying a post's key.
      for (let i = 449; i >= 0; i--)
        void raw('notes', {
          ...base,
          id: `b${String(i).padStart(3, '0')}`,
          sectionId: 'busy',
          order: Math.floor(i / 2) + 1,
          kind: 'text',
          text: `b${i}`,
        });
      void raw('notes', post('7', 'quiet', 1));
      void raw('notes', {
        ...base,
        id: 'odd',
        sectionId: 'quiet',
        order: 2,
        kind: 'text',
        text: 'keyed',
        sourceKey: 'x:8',
      });
      await tx.done;
      before = await dumpAll(db);
    });
    const db = await openConfnotesDB(factory);
    expect([...db.objectStoreNames]).not.toContain('notes');
    // Every note as it was, none lost or added.
    expect(await dumpAll(db)).toEqual(before);
    const store = createStore(db);
    const busy = (await store.loadSession('conf'))!.notesBySection.get('busy')!;
    expect(busy.map((n) => n.id)).toEqual([...Array(450).keys()].map((i) => `b${String(i).padStart(3, '0')}`));
    // 450 notes are four pages (the newest 25 a page of their own), each a run of the section in order.
    const pages = await db.getAllFromIndex('notePages', 'by-section-first', IDBKeyRange.bound(['busy'], ['busy', []]));
    expect(pages.map((p) => p.notes.length)).toEqual([200, 200, 25, 25]);
    expect(pages.flatMap((p) => p.noteIds)).toEqual(busy.map((n) => n.id));
    // Found by id, clipped once, and a text note's key blocks nothing.
    expect((await store.getNote('b300'))?.sectionId).toBe('busy');
    expect(await store.clippedPostKeys('conf', ['x:7', 'x:8'])).toEqual(['x:7']);
    expect((await store.clipPost('conf', 'quiet', post('7', 'quiet', 1).post as never, '')).duplicate).toBe(true);
    // And the store goes on from there: the newest notes of a section, a note added after them.
    const partial = await store.loadPartialSession('conf', () => new Map([['busy', 3]]));
    // Three asked for, and the note sharing the third one's order with it.
    expect(partial!.notesBySection.get('busy')!.map((n) => n.id)).toEqual(['b446', 'b447', 'b448', 'b449']);
    const added = await store.addNote('conf', 'busy', { kind: 'text', text: 'after' });
    expect((await store.loadSession('conf'))!.notesBySection.get('busy')!.at(-1)?.id).toBe(added.id);
    db.close();
  });

  it('runs every step from a v1 database through pages in one upgrade', async () => {
    const factory = new IDBFactory();
    await writeAtVersion(factory, 1, async (db) => {
      const store = createStore(db);
      const session = await store.createSession({ title: 'Old', date: '', description: '', tags: [], categories: [] });
      const section = await store.addSection(session.id, { title: 'Talk' });
      for (let i = 0; i < 5; i++)
        await putOldNote(db, { id: `n${i}`, sessionId: session.id, sectionId: section.id, order: 5 - i, text: `${i}` });
    });
    const db = await openConfnotesDB(factory);
    const [section] = await db.getAll('sections');
    // Counted by the v3 step before the notes moved into pages.
    expect(section?.noteCount).toBe(5);
    const notes = (await createStore(db).loadSession(section!.sessionId))!.notesBySection.get(section!.id)!;
    expect(notes.map((n) => n.id)).toEqual(['n4', 'n3', 'n2', 'n1', 'n0']);
    db.close();
  });

  it('lets an open page step aside when a newer version opens, instead of blocking it', async () => {
    const factory = new IDBFactory();
    const old = await openConfnotesDB(factory, { name: 'aside' });
    // A later release's page opening a higher version (raw open: no step for it exists here).
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open('aside', DB_VERSION + 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
      request.onblocked = () => reject(new Error('blocked by the old connection'));
    });
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(() => old.transaction('sessions')).toThrow();
    newer.close();
  });
});
