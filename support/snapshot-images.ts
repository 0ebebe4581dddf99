/**
 * The snapshots' images as the extension's database keeps them, read and decoded in its service worker, for the
 * snapshot e2e tests: each image's size, bytes and colours, and its thumbnail's.
 */
import type { Worker } from 'playwright-core';

export interface StoredFrame {
  id: string;
  noteId: string;
  width: number;
  height: number;
  mime: string;
  type: string;
  size: number;
  base64: string;
  /** Decoded: the frame's own size, and its colour at the centre and where the player's controls would be. */
  decoded: { width: number; height: number; centre: number[]; bottom: number[] };
  /** The thumbnail kept with it (null: none yet), decoded the same way. */
  thumb: {
    width: number;
    height: number;
    mime: string;
    bytes: number;
    decoded: { width: number; centre: number[] };
  } | null;
}

/** Every image in the extension's database whose note is not deleted, oldest first. */
export function readImages(sw: Worker): Promise<StoredFrame[]> {
  return sw.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('confnotes');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
    });
    type Kept = {
      id: string;
      noteId: string;
      width: number;
      height: number;
      mime: string;
      blob: Blob;
      createdAt: number;
      removedAt?: number;
      thumb?: { bytes: ArrayBuffer; width: number; height: number; mime: string };
    };
    const images = await new Promise<Kept[]>((resolve) => {
      const request = db.transaction('images').objectStore('images').getAll();
      request.onsuccess = () => resolve(request.result as Kept[]);
    });
    db.close();
    const decode = async (blob: Blob) => {
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const pixel = (x: number, y: number) => [...context.getImageData(x, y, 1, 1).data.slice(0, 3)];
      return {
        width: bitmap.width,
        height: bitmap.height,
        centre: pixel(bitmap.width / 2, bitmap.height / 2),
        bottom: pixel(Math.min(40, bitmap.width - 1), bitmap.height - Math.min(20, bitmap.height)),
      };
    };
    return Promise.all(
      images
        .filter((i) => i.removedAt === undefined)
        .sort((a, b) => a.createdAt - b.createdAt)
        .map(async ({ id, noteId, width, height, mime, blob, thumb }) => {
          const bytes = new Uint8Array(await blob.arrayBuffer());
          let binary = '';
          for (let i = 0; i < bytes.length; i += 0x8000)
            binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
          const small = thumb ? await decode(new Blob([thumb.bytes], { type: thumb.mime })) : null;
          return {
            id,
            noteId,
            width,
            height,
            mime,
            type: blob.type,
            size: blob.size,
            base64: btoa(binary),
            decoded: await decode(blob),
            thumb:
              thumb && small
                ? {
                    width: thumb.width,
                    height: thumb.height,
                    mime: thumb.mime,
                    bytes: thumb.bytes.byteLength,
                    decoded: { width: small.width, centre: small.centre },
                  }
                : null,
          };
        }),
    );
  });
}

/** Colours equal within `by` levels in each channel (VP8 and WebP keep a flat colour within a few). */
export const near = (actual: number[], expected: number[], by = 8) =>
  actual.every((value, i) => Math.abs(value - expected[i]!) <= by);
