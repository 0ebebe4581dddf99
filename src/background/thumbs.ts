/**
 * Thumbnails made in the background (a screen capture's crop, an image kept before thumbnails or imported from a
 * backup): the picture drawn at thumbSize on an OffscreenCanvas, which the service worker and Firefox's event
 * page both have, and encoded as WebP (PNG where the browser has no WebP encoder).
 */
import type { StoredThumb } from '../store/schema';
import { thumbSize } from '../store/images';

export async function thumbOf(picture: ImageBitmap | OffscreenCanvas): Promise<StoredThumb> {
  const { width, height } = thumbSize(picture.width, picture.height);
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.imageSmoothingQuality = 'high';
  context.drawImage(picture, 0, 0, width, height);
  const blob = await canvas.convertToBlob({ type: 'image/webp', quality: 0.7 });
  const mime = blob.type === 'image/webp' ? 'image/webp' : 'image/png';
  return { bytes: await blob.arrayBuffer(), width, height, mime };
}

/** The thumbnail of a stored image: decoded at its own size once, then drawn small. */
export async function thumbOfBlob(blob: Blob): Promise<StoredThumb> {
  const bitmap = await createImageBitmap(blob);
  try {
    return await thumbOf(bitmap);
  } finally {
    bitmap.close();
  }
}
