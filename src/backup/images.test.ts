import { describe, expect, it } from 'vitest';
import { backupChunks, recordCount } from './chunks';
import { exportBackup } from './export';
import { BACKUP_VERSION, BackupError, type BackupEntry } from './format';
import { importBackup } from './import';
import { parseBackup } from './validate';
import { base64ToBytes, bytesToBase64 } from './base64';
import { backupImport } from '../owner/backup-import';
import type { FromImporter } from '../messages';
import { allNotes, freshStore } from '../store/test-support';
import type { ConfnotesDatabase } from '../store/db';

const AT = '2019-06-21T08:00:00.000Z';

/** Every byte value, then a seeded walk: what a WebP's bytes look like to base64. */
function someBytes(length: number, seed: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = i < 256 ? i : x >>> 24;
  }
  return bytes;
}

async function profileWithSnapshots() {
  const env = await freshStore();
  const session = await env.store.createSession({ title: 'Conf', date: '', description: '', tags: [], categories: [] });
  const talk = await env.store.addSection(session.id, { title: 'Talk' });
  const frames = [someBytes(300_000, 1), someBytes(1_001, 2)];
  const notes = [];
  for (const [i, bytes] of frames.entries()) {
    notes.push(
      await env.store.addSnapshot(
        session.id,
        talk.id,
        { text: i ? 'Caption' : '', at: { videoId: 'dQw4w9WgXcQ', seconds: 5 + i } },
        { blob: new Blob([bytes], { type: 'image/webp' }), width: 1920, height: 1080, mime: 'image/webp' },
      ),
    );
  }
  await env.store.addNote(session.id, talk.id, { kind: 'text', text: 'no image' });
  return { ...env, session, frames, notes };
}

/** Each stored image's bytes as base64, in the order taken (one string compare per image, not one per byte). */
async function imageBytes(db: ConfnotesDatabase): Promise<string[]> {
  const images = await db.getAll('images');
  const byNote = images.sort((a, b) => a.createdAt - b.createdAt || a.noteId.localeCompare(b.noteId));
  return Promise.all(byNote.map(async (i) => Buffer.from(await i.blob.arrayBuffer()).toString('base64')));
}
const base64Of = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('snapshots in a backup', () => {
  it('base64 gives back every byte', () => {
    const bytes = someBytes(100_003, 9);
    expect(Buffer.from(base64ToBytes(bytesToBase64(bytes))).equals(bytes)).toBe(true);
    expect(bytesToBase64(bytes)).toBe(base64Of(bytes));
    expect(bytesToBase64(new Uint8Array([0xfb, 0xff]))).toBe('+/8=');
  });

  it('keeps every image byte for byte through export, import into a fresh profile and export again', async () => {
    const { db, frames } = await profileWithSnapshots();
    const text = await exportBackup(db, AT);
    const file = JSON.parse(text);
    expect(file.version).toBe(BACKUP_VERSION);
    expect(file.sessions[0].images.map((i: { data: string }) => i.data)).toEqual(frames.map(base64Of));
    const fresh = await freshStore();
    expect(await importBackup(fresh.db, text)).toMatchObject({ notes: 3 });
    expect(await imageBytes(fresh.db)).toEqual(frames.map(base64Of));
    expect(await exportBackup(fresh.db, AT)).toBe(text);
  });

  it('carries no thumbnail: imported images are marked for the background to make theirs', async () => {
    const { db, store, notes } = await profileWithSnapshots();
    // The source profile's first image has a thumbnail; the file still carries only the image.
    const thumb = { bytes: new Uint8Array([1]).buffer, width: 320, height: 180, mime: 'image/webp' as const };
    expect(await store.setThumb(notes[0]!.kind === 'text' ? notes[0]!.image!.id : '', thumb)).toBe(true);
    const text = await exportBackup(db, AT);
    expect(text).not.toContain('thumb');
    const fresh = await freshStore();
    await importBackup(fresh.db, text);
    const images = await fresh.db.getAll('images');
    expect(images.map((i) => i.thumb)).toEqual([undefined, undefined]);
    expect((await fresh.store.thumblessImageIds()).sort()).toEqual(images.map((i) => i.id).sort());
  });

  it('leaves out the image of a deleted note, and keeps a file without images as it was', async () => {
    const { db, store, notes } = await profileWithSnapshots();
    await store.deleteNote(notes[0]!.id);
    await store.deleteNote(notes[1]!.id);
    expect(JSON.parse(await exportBackup(db, AT)).sessions[0]).not.toHaveProperty('images');
  });

  it('reads a version 4 file (before snapshots) as it is', async () => {
    const { db } = await freshStore();
    const file = JSON.parse(await exportBackup(db, AT));
    const check = parseBackup(JSON.stringify({ ...file, version: 4 }));
    expect(check.ok && check.backup.version).toBe(BACKUP_VERSION);
  });

  it("refuses an image that is not its note's, or that is not base64, and writes nothing", async () => {
    const { db } = await profileWithSnapshots();
    const file = JSON.parse(await exportBackup(db, AT));
    const bad = (change: (entry: BackupEntry) => void) => {
      const copy = structuredClone(file);
      change(copy.sessions[0]);
      return JSON.stringify(copy);
    };
    const fresh = await freshStore();
    for (const [text, problem] of [
      [bad((e) => (e.images![0]!.noteId = e.notes[2]!.id)), /is not a note of this session showing this image/],
      [bad((e) => (e.images![0]!.width = 640)), /its size or type differs/],
      [bad((e) => (e.images![0]!.data = 'not base64!')), /images\[0\]\.data/],
      [bad((e) => (e.images![1]!.id = e.images![0]!.id)), /used twice/],
    ] as const) {
      const refused = await importBackup(fresh.db, text).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(BackupError);
      expect((refused as BackupError).message).toMatch(problem);
    }
    expect(await allNotes(fresh.db)).toEqual([]);
    expect(await fresh.db.count('images')).toBe(0);
  });

  it('come through the background import in chunks, each image checked, byte for byte', async () => {
    const { db, frames } = await profileWithSnapshots();
    const text = await exportBackup(db, AT);
    const entries = JSON.parse(text).sessions as BackupEntry[];
    const fresh = await freshStore();
    const sent: FromImporter[] = [];
    const run = backupImport({
      database: () => Promise.resolve(fresh.db),
      announce: () => undefined,
      send: (m) => sent.push(m),
    });
    run.receive({ type: 'begin', records: recordCount(entries) });
    backupChunks(entries, (json) => run.receive({ type: 'chunk', json }), 20_000);
    run.receive({ type: 'commit' });
    await expect.poll(() => sent.filter((m) => m.type !== 'progress')).toHaveLength(1);
    expect(sent.at(-1)).toMatchObject({ type: 'imported' });
    expect(await imageBytes(fresh.db)).toEqual(frames.map(base64Of));
    expect(await exportBackup(fresh.db, AT)).toBe(text);
  });

  it('carries no thumbnail: imported images are marked for the background to make theirs', async () => {
    const { db, notes } = await profileWithSnapshots();
    const thumb = { bytes: new Uint8Array([1]).buffer, width: 320, height: 180, mime: 'image/webp' as const };
    const { store } = await freshStore().then(async (fresh) => ({ ...fresh, text: '' }));
    void store;
    const made = await freshStore();
    // The source profile's first image has a thumbnail; the file still carries only the image.
    expect(await (await freshStore()).store.setThumb('none', thumb)).toBe(false);
    const source = await import('../store/create-store').then((m) => m.createStore(db));
    await source.setThumb(notes[0]!.kind === 'text' ? notes[0]!.image!.id : '', thumb);
    const text = await exportBackup(db, AT);
    expect(text).not.toContain('thumb');
    await importBackup(made.db, text);
    const images = await made.db.getAll('images');
    expect(images.map((i) => i.thumb)).toEqual([undefined, undefined]);
    expect((await made.store.thumblessImageIds()).sort()).toEqual(images.map((i) => i.id).sort());
  });
});
