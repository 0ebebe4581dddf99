import { describe, expect, it } from 'vitest';
import { dumpAll, freshStore } from './test-support';
import { REMOVED_IMAGE_KEPT_MS, type SnapshotImage } from './images';

const frame = (bytes = [1, 2, 3, 4]): SnapshotImage => ({
  blob: new Blob([new Uint8Array(bytes)], { type: 'image/webp' }),
  width: 1920,
  height: 1080,
  mime: 'image/webp',
});

async function talk() {
  let time = 1_700_000_000_000;
  const env = await freshStore();
  const session = await env.store.createSession({ title: 'S', date: '', description: '', tags: [], categories: [] });
  const section = await env.store.addSection(session.id, { title: 'Talk' });
  return { ...env, session, section, tick: (ms: number) => (time += ms) };
}

const bytesOf = async (blob: Blob | undefined) => (blob ? [...new Uint8Array(await blob.arrayBuffer())] : undefined);

describe('snapshots', () => {
  it('keeps a text note showing the image and the image, at its moment, in its section', async () => {
    const { store, session, section, db } = await talk();
    const at = { videoId: 'dQw4w9WgXcQ', seconds: 5 };
    const note = await store.addSnapshot(session.id, section.id, { text: 'The plan', at }, frame([9, 8, 7]));
    expect(note).toMatchObject({ kind: 'text', text: 'The plan', at, sectionId: section.id });
    expect(note.image).toEqual({ id: expect.any(String), width: 1920, height: 1080, mime: 'image/webp' });
    const image = await store.getImage(note.image!.id);
    expect(image).toMatchObject({ noteId: note.id, sessionId: session.id, width: 1920, height: 1080 });
    expect(await bytesOf(image?.blob)).toEqual([9, 8, 7]);
    expect((await store.listImages(session.id)).map((i) => i.noteId)).toEqual([note.id]);
    expect((await db.get('sections', section.id))?.noteCount).toBe(1);
  });

  it('refuses an image that is not a frame, and stores nothing of the note', async () => {
    const { store, session, section, db } = await talk();
    const before = await dumpAll(db);
    for (const bad of [
      { ...frame(), width: 0 },
      { ...frame(), height: 1.5 },
      { ...frame(), mime: 'image/gif' as 'image/png' },
      { ...frame(), blob: new Blob([]) },
    ]) {
      await expect(store.addSnapshot(session.id, section.id, { text: 'x' }, bad)).rejects.toThrow(/snapshot/);
    }
    await expect(store.addSnapshot(session.id, 'gone', { text: 'x' }, frame())).rejects.toThrow(/no longer/);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('a refused image write (as when the disk is full) leaves neither the note nor the image', async () => {
    const { store, session, section, db } = await talk();
    // The id the store gives the next image (test-support: id-NNN) is taken by one already there: the image's add
    // fails in the transaction that adds the note, as a quota refusal would.
    const before = await dumpAll(db);
    const blocker = {
      id: 'id-003',
      sessionId: 'x',
      noteId: 'x',
      blob: new Blob([new Uint8Array([1])]),
      width: 1,
      height: 1,
      mime: 'image/png' as const,
      createdAt: 1,
    };
    await db.put('images', blocker);
    await expect(store.addSnapshot(session.id, section.id, { text: 'typed' }, frame())).rejects.toThrow();
    expect(await dumpAll(db)).toEqual({ ...before, images: [blocker] });
  });

  it('deleting the note takes its image away, and Undo brings both back', async () => {
    const { store, session, section } = await talk();
    const note = await store.addSnapshot(session.id, section.id, { text: '' }, frame([5]));
    const removed = await store.deleteNote(note.id);
    expect(await store.listImages(session.id)).toEqual([]);
    expect((await store.getImage(note.image!.id))?.removedAt).toEqual(expect.any(Number));
    await store.restore(removed);
    const back = await store.getImage(note.image!.id);
    expect(back).not.toHaveProperty('removedAt');
    expect(await bytesOf(back?.blob)).toEqual([5]);
    expect((await store.listImages(session.id)).length).toBe(1);
  });

  it('keeps the image through an edit and a move, and a snapshot does not become a quote or sub-heading', async () => {
    const { store, session, section } = await talk();
    const other = await store.addSection(session.id, { title: 'Other' });
    const note = await store.addSnapshot(session.id, section.id, { text: '' }, frame());
    expect((await store.updateNote(note.id, { text: 'Caption' })).kind === 'text' && note.image).toBeTruthy();
    const moved = await store.moveNote(note.id, { sectionId: other.id });
    expect(moved).toMatchObject({ text: 'Caption', image: note.image });
    await expect(store.restyleNote(note.id, 'quote', '')).rejects.toThrow(/snapshot cannot become a quote/);
    expect(await store.getNote(note.id)).toMatchObject({ kind: 'text', image: note.image });
  });

  it('a section or session deleted takes its images away with Undo too', async () => {
    const { store, session, section } = await talk();
    const note = await store.addSnapshot(session.id, section.id, { text: '' }, frame());
    await store.restore(await store.deleteSection(section.id));
    expect((await store.listImages(session.id)).length).toBe(1);
    await store.restore(await store.deleteSession(session.id));
    expect((await store.listImages(session.id)).map((i) => i.noteId)).toEqual([note.id]);
  });

  it('drops for good an image whose note was deleted more than a day before, at the next delete', async () => {
    const { store, session, section, db } = await talk();
    const old = await store.addSnapshot(session.id, section.id, { text: '' }, frame());
    const other = await store.addNote(session.id, section.id, { kind: 'text', text: 'later' });
    const removed = await store.deleteNote(old.id);
    // The test store's clock moves a second per call: a day and more passes before the next delete.
    await db.put('images', { ...(await db.get('images', old.image!.id))!, removedAt: 1 });
    expect(REMOVED_IMAGE_KEPT_MS).toBe(86_400_000);
    await store.deleteNote(other.id);
    expect(await db.count('images')).toBe(0);
    // Undo after that brings the note back without its image: the note still says what it showed.
    await store.restore(removed);
    expect((await store.getNote(old.id))?.kind).toBe('text');
  });
});
