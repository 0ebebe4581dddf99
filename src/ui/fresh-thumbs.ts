/**
 * Thumbnails that came with the announcement of a snapshot just taken (a data URL each), kept by image id until
 * the note's thumbnail takes its own: the page shows it at once instead of reading the image back from the store.
 * Only the last few are kept (a page that never shows the note, like the popup, would otherwise collect them).
 */
const KEPT = 8;
const fresh = new Map<string, string>();

export function keepFreshThumb(imageId: string, dataUrl: string): void {
  fresh.set(imageId, dataUrl);
  for (const old of fresh.keys()) {
    if (fresh.size <= KEPT) break;
    fresh.delete(old);
  }
}

/** The thumbnail announced with this image, once: later showings read the store. */
export function takeFreshThumb(imageId: string): string | undefined {
  const dataUrl = fresh.get(imageId);
  fresh.delete(imageId);
  return dataUrl;
}
