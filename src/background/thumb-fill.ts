/**
 * Makes the thumbnails of images that have none: those kept before thumbnails existed (the v5 upgrade marked
 * them) and those imported from a backup (which carries none). Run when the background starts and after an
 * import, one image at a time, each kept in its own transaction; an image that cannot be decoded is logged and
 * left marked (the panel shows the full image for it, as for any image without a thumbnail).
 */
import type { Store } from '../store/api';
import type { StoredThumb } from '../store/schema';
import { logged } from '../log';

let running: Promise<void> | null = null;
let again = false;

async function fill(store: Store, make: (blob: Blob) => Promise<StoredThumb>): Promise<void> {
  for (const id of await store.thumblessImageIds()) {
    const image = await store.getImage(id);
    if (!image || image.thumb) continue;
    try {
      await store.setThumb(id, await make(image.blob));
    } catch (error) {
      logged(`making the thumbnail of image ${id}`)(error);
    }
  }
}

/** Fills the missing thumbnails; a call while one runs makes it look again once it ends. */
export function fillThumbs(store: () => Promise<Store>, make: (blob: Blob) => Promise<StoredThumb>): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      await fill(await store(), make);
    } while (again);
  })().finally(() => {
    running = null;
  });
  return running;
}
