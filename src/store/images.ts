/**
 * Snapshots: a text note with an image, the image a Blob in its own store (StoredImage). The note and its image
 * are written in one transaction; deleting the note marks its image removed in the delete's transaction (Undo puts
 * the mark back off), and images removed more than a day ago are dropped by the next delete.
 */
import type { ClockStamp, Id, ImageMime, ImageRef, Moment, Note, TextNote } from '../model/types';
import type { IDBPTransaction } from 'idb';
import type { ConfnotesDB, StoredImage, StoredThumb, StoreName } from './schema';
import { noteFromDraft } from './note-records';
import { placeNewNote } from './note-place';
import { inTransaction, NotFoundError, type StoreContext } from './transaction';
import { InvalidRecordError, storableNote } from './record-check';
import { countNotes } from './note-counts';

/** What a capture gives: the encoded frame and its size, and its thumbnail when the capture made one. */
export interface SnapshotImage {
  blob: Blob;
  width: number;
  height: number;
  mime: ImageMime;
  thumb?: StoredThumb;
}

/** A thumbnail's width at most: the note list shows it at most 320 CSS pixels wide. */
export const THUMB_WIDTH = 320;
/** A 320-pixel WebP of a slide is a few KB; a bigger one is not a thumbnail. */
const MAX_THUMB_BYTES = 256 * 1024;

/** The thumbnail's size for a frame of this size: THUMB_WIDTH wide at most, same shape, never enlarged. */
export function thumbSize(width: number, height: number): { width: number; height: number } {
  if (width <= THUMB_WIDTH) return { width, height };
  return { width: THUMB_WIDTH, height: Math.max(1, Math.round((height * THUMB_WIDTH) / width)) };
}

function thumbProblems(thumb: StoredThumb): string[] {
  const fits = (n: number) => Number.isInteger(n) && n >= 1 && n <= THUMB_WIDTH * 8;
  if (!(thumb.bytes instanceof ArrayBuffer) || thumb.bytes.byteLength === 0) return ['its thumbnail has no bytes'];
  if (thumb.bytes.byteLength > MAX_THUMB_BYTES) return ['its thumbnail is too big to be one'];
  if (!fits(thumb.width) || !fits(thumb.height) || thumb.width > THUMB_WIDTH) return ["its thumbnail's size is wrong"];
  if (thumb.mime !== 'image/webp' && thumb.mime !== 'image/png') return ['its thumbnail is neither WebP nor PNG'];
  return [];
}

/** The note's words (the caption, '' when none) and its moment, as a text note has them. */
export interface SnapshotDraft {
  text: string;
  at?: Moment;
  clock?: ClockStamp;
}

/** Far above a 4K frame's WebP; a bigger Blob is a bug or not a frame. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
const MAX_SIDE = 16384;
/** How long a deleted note's image is kept for its Undo. */
export const REMOVED_IMAGE_KEPT_MS = 24 * 60 * 60 * 1000;

/** The image's problems in words, as the record checks word theirs; none: it may be stored. */
export function imageProblems(image: SnapshotImage): string[] {
  const problems: string[] = [];
  const side = (n: number) => Number.isInteger(n) && n >= 1 && n <= MAX_SIDE;
  if (!side(image.width) || !side(image.height))
    problems.push(`its size ${String(image.width)}×${String(image.height)} is not a frame's`);
  if (image.mime !== 'image/webp' && image.mime !== 'image/png') problems.push('it is neither WebP nor PNG');
  if (!(image.blob instanceof Blob) || image.blob.size === 0) problems.push('it has no bytes');
  else if (image.blob.size > MAX_IMAGE_BYTES) problems.push(`it is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB`);
  if (image.thumb) problems.push(...thumbProblems(image.thumb));
  return problems;
}

type ImagesTx = IDBPTransaction<ConfnotesDB, StoreName[], 'readwrite'>;

/**
 * Within a delete's transaction: the images of `notes` are marked removed at `now`, and those removed more than a
 * day before are dropped for good.
 */
export async function removeImagesOf(tx: ImagesTx, notes: readonly Note[], now: number): Promise<void> {
  const images = tx.objectStore('images');
  const marked = notes.flatMap((n) => (n.kind === 'text' && n.image ? [n.image.id] : []));
  await Promise.all(
    marked.map(async (id) => {
      const image = await images.get(id);
      if (image) await images.put({ ...image, removedAt: now });
    }),
  );
  const stale = await images.index('by-removed').getAllKeys(IDBKeyRange.upperBound(now - REMOVED_IMAGE_KEPT_MS));
  await Promise.all(stale.map((id) => images.delete(id)));
}

/** Within Undo's transaction: the images of the notes put back are no longer removed (those already dropped stay gone). */
export async function restoreImagesOf(tx: ImagesTx, notes: readonly Note[]): Promise<void> {
  const images = tx.objectStore('images');
  await Promise.all(
    notes.map(async (note) => {
      if (note.kind !== 'text' || !note.image) return;
      const image = await images.get(note.image.id);
      if (!image?.removedAt) return;
      const { removedAt: _gone, ...kept } = image;
      await images.put(kept);
    }),
  );
}

export function imageOps(ctx: StoreContext) {
  const { db } = ctx;
  return {
    /** A text note showing the image, and the image, in one transaction: both are stored, or neither. */
    addSnapshot(sessionId: Id, sectionId: Id, draft: SnapshotDraft, image: SnapshotImage): Promise<TextNote> {
      const problems = imageProblems(image);
      if (problems.length) return Promise.reject(new InvalidRecordError('snapshot', problems));
      return inTransaction(db, ['sections', 'notePages', 'images'], 'readwrite', async (tx) => {
        const section = await tx.objectStore('sections').get(sectionId);
        if (!section || section.sessionId !== sessionId) throw new NotFoundError('This section');
        const store = tx.objectStore('notePages');
        const { order, pages } = await placeNewNote(store, sessionId, sectionId, {});
        const time = ctx.now();
        const ref: ImageRef = { id: ctx.newId(), width: image.width, height: image.height, mime: image.mime };
        const base = { id: ctx.newId(), sessionId, sectionId, order, createdAt: time, updatedAt: time };
        const words = noteFromDraft(base, { kind: 'text', text: draft.text, at: draft.at, clock: draft.clock });
        const note = { ...(words as TextNote), image: ref };
        const made = image.thumb ? { thumb: image.thumb } : { thumbless: time };
        const stored: StoredImage = { ...ref, sessionId, noteId: note.id, blob: image.blob, createdAt: time, ...made };
        pages.insert(storableNote(note));
        await Promise.all([pages.write(store), tx.objectStore('images').add(stored), countNotes(tx, section, +1)]);
        return note;
      });
    },

    /** The images still without a thumbnail, oldest mark first (keys only: the background makes theirs). */
    thumblessImageIds(): Promise<Id[]> {
      return db.getAllKeysFromIndex('images', 'by-thumbless');
    },

    /**
     * Keeps a thumbnail made for an image, in its own transaction (made outside it: decoding cannot wait inside
     * one). An image gone meanwhile is left gone; false when nothing was written.
     */
    setThumb(id: Id, thumb: StoredThumb): Promise<boolean> {
      const problems = thumbProblems(thumb);
      if (problems.length) return Promise.reject(new InvalidRecordError('thumbnail', problems));
      return inTransaction(db, ['images'], 'readwrite', async (tx) => {
        const image = await tx.objectStore('images').get(id);
        if (!image) return false;
        const { thumbless: _made, ...rest } = image;
        await tx.objectStore('images').put({ ...rest, thumb });
        return true;
      });
    },
  };
}
