import { describe, expect, it } from 'vitest';
import { dumpAll, freshStore } from './test-support';
import { THUMB_WIDTH, thumbSize, type SnapshotImage } from './images';
import type { StoredThumb } from './schema';

const thumb = (bytes = [5, 6, 7]): StoredThumb => ({
  bytes: new Uint8Array(bytes).buffer,
  width: 320,
  height: 180,
  mime: 'image/webp',
});

const frame = (withThumb?: StoredThumb): SnapshotImage => ({
  blob: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/webp' }),
  width: 1920,
  height: 1080,
  mime: 'image/webp',
  ...(withThumb ? { thumb: withThumb } : {}),
});

async function talk() {
  const env = await freshStore();
  const session = await env.store.createSession({ title: 'S', date: '', description: '', tags: [], categories: [] });
  const section = await env.store.addSection(session.id, { title: 'Talk' });
  return { ...env, session, section };
}

describe('thumbnails of snapshots', () => {
  it('are at most THUMB_WIDTH wide in the frame’s shape, never enlarged', () => {
    expect(thumbSize(1920, 1080)).toEqual({ width: THUMB_WIDTH, height: 180 });
    expect(thumbSize(1280, 1024)).toEqual({ width: 320, height: 256 });
    expect(thumbSize(3840, 1)).toEqual({ width: 320, height: 1 });
    expect(thumbSize(200, 100)).toEqual({ width: 200, height: 100 });
  });

  it('is kept as bytes with the image when the capture made one, and the image is not marked as needing one', async () => {
    const { store, session, section } = await talk();
    const note = await store.addSnapshot(session.id, section.id, { text: '' }, frame(thumb([5, 6, 7])));
    const image = await store.getImage(note.image!.id);
    expect(image?.thumb).toMatchObject({ width: 320, height: 180, mime: 'image/webp' });
    expect([...new Uint8Array(image!.thumb!.bytes)]).toEqual([5, 6, 7]);
    expect(image?.thumbless).toBeUndefined();
    expect(await store.thumblessImageIds()).toEqual([]);
  });

  it('an image stored without one is listed until its thumbnail is kept, in its own write', async () => {
    const { store, session, section } = await talk();
    const note = await store.addSnapshot(session.id, section.id, { text: '' }, frame());
    const id = note.image!.id;
    expect(await store.thumblessImageIds()).toEqual([id]);
    expect(await store.setThumb(id, thumb())).toBe(true);
    expect(await store.thumblessImageIds()).toEqual([]);
    const image = await store.getImage(id);
    expect(image?.thumbless).toBeUndefined();
    expect(image?.thumb?.width).toBe(320);
    // The full image is as it was.
    expect([...new Uint8Array(await image!.blob.arrayBuffer())]).toEqual([1, 2, 3]);
  });

  it('a thumbnail for an image gone meanwhile writes nothing', async () => {
    const { store, db } = await talk();
    const before = await dumpAll(db);
    expect(await store.setThumb('gone', thumb())).toBe(false);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('refuses what is not a thumbnail, with the snapshot or on its own', async () => {
    const { store, session, section, db } = await talk();
    const before = await dumpAll(db);
    for (const bad of [
      { ...thumb(), bytes: new ArrayBuffer(0) },
      { ...thumb(), width: 640 },
      { ...thumb(), height: 0 },
      { ...thumb(), mime: 'image/gif' as 'image/png' },
      { ...thumb(), bytes: new ArrayBuffer(300 * 1024) },
    ]) {
      await expect(store.addSnapshot(session.id, section.id, { text: '' }, frame(bad))).rejects.toThrow(/snapshot/);
      await expect(store.setThumb('x', bad)).rejects.toThrow(/thumbnail/);
    }
    expect(await dumpAll(db)).toEqual(before);
  });
});
