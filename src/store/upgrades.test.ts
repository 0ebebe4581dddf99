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
import { dumpAll } from './test-support';

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
    expect([...db.objectStoreNames].sort()).toEqual(['images', 'notes', 'sections', 'sessions']);
    const tx = db.transaction(['sessions', 'sections', 'notes', 'images']);
    expect([...tx.objectStore('images').indexNames].sort()).toEqual(['by-removed', 'by-session', 'by-thumbless']);
    expect([...tx.objectStore('sessions').indexNames]).toEqual(['by-updated']);
    expect([...tx.objectStore('sections').indexNames].sort()).toEqual(['by-session-order', 'by-session-source']);
    expect([...tx.objectStore('notes').indexNames].sort()).toEqual([
      'by-section-order',
      'by-session',
      'by-session-source',
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
      const note = await store.addNote(session.id, section.id, { kind: 'text', text: 'still here' });
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
      const text = await store.addNote(session.id, section.id, { kind: 'text', text: 'kept' });
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
      await db.put('notes', {
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
    const note = await db.get('notes', ids!.tweet);
    expect(note?.kind === 'post' && note.post.media).toEqual([
      {
        type: 'video',
        url: 'https://x.com/a/status/7',
        poster: 'https://pbs.twimg.com/ext_tw_video_thumb/7/pu/img/v.jpg',
      },
      { type: 'card', url: 'https://t.co/c', image: 'https://pbs.twimg.com/card_img/7/c.jpg', title: 'C' },
    ]);
    expect(await db.get('notes', ids!.text)).toMatchObject({ kind: 'text', text: 'kept' });
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
      const text = await store.addNote(session.id, section.id, { kind: 'text', text: 'kept' });
      const now = Date.now();
      await db.put('notes', {
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
    const note = await db.get('notes', 'tweet-note');
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
    expect(await db.getAllFromIndex('notes', 'by-session-source', [ids!.session, 'x:7'])).toHaveLength(1);
    const again = await createStore(db).clipPost(
      ids!.session,
      note!.sectionId,
      { network: 'x', ...tweet('7') } as never,
      '',
    );
    expect(again.duplicate).toBe(true);
    expect(await db.get('notes', ids!.text)).toMatchObject({ kind: 'text', text: 'kept' });
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
      const tx = db.transaction(['sessions', 'sections', 'notes'], 'readwrite');
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
    expect(await db.count('notes')).toBe(251);
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
      await store.addNote(session.id, section.id, { kind: 'text', text: 'before snapshots' });
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
        const note = await store.addNote(session.id, section.id, { kind: 'text', text: '' });
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
