/**
 * Reads of snapshots' images, apart from their writes (images.ts): the pages read them (thumbnails, the zip, the
 * options page's storage line) and must not carry the write code.
 */
import type { Id } from '../model/types';
import type { StoredImage } from './schema';
import type { StoreContext } from './transaction';

/** Reads of images: the pages' thumbnails and the export. Removed images (their note deleted) are not listed. */
export function imageReads({ db }: Pick<StoreContext, 'db'>) {
  return {
    getImage(id: Id): Promise<StoredImage | undefined> {
      return db.get('images', id);
    },
    /** How many images are kept and their bytes (those of deleted notes, kept for Undo, included). */
    async imageUsage(): Promise<{ count: number; bytes: number }> {
      let count = 0;
      let bytes = 0;
      // A cursor reads each record's Blob handle, not its bytes: this stays cheap for many images.
      for (let cursor = await db.transaction('images').store.openCursor(); cursor; cursor = await cursor.continue()) {
        count += 1;
        bytes += cursor.value.blob.size;
      }
      return { count, bytes };
    },
    async listImages(sessionId: Id): Promise<StoredImage[]> {
      return (await db.getAllFromIndex('images', 'by-session', sessionId)).filter((i) => i.removedAt === undefined);
    },
  };
}
