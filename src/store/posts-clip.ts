/** Clipping posts into a session, each post at most once per session (found by its `postKey`: `x:<id>`…). */
import type { Id, Note, Post, PostNote } from '../model/types';
import { postKey } from '../model/post';
import { fitPost } from './fit-post';
import { placeNewNote } from './note-place';
import { inTransaction, NotFoundError, type StoreContext } from './transaction';
import { storableNote } from './record-check';
import { countNotes } from './note-counts';

export function postOps(ctx: StoreContext) {
  const { db } = ctx;
  return {
    async clipPost(
      sessionId: Id,
      sectionId: Id,
      post: Post,
      comment: string,
    ): Promise<{ note: Note; duplicate: boolean }> {
      const clean = fitPost(post);
      const key = postKey(clean);
      if (!key) throw new Error('This post has no address to know it by.');
      return inTransaction(db, ['sections', 'notePages'], 'readwrite', async (tx) => {
        const section = await tx.objectStore('sections').get(sectionId);
        if (!section || section.sessionId !== sessionId) throw new NotFoundError('This section');
        const store = tx.objectStore('notePages');
        // Only post notes are in a page's `sources` (pageOf): an older version let other notes carry the key, and
        // they must not block a clip.
        const page = await store.index('by-source').get([sessionId, key]);
        const existing = page?.notes.find((n) => n.kind === 'post' && n.sourceKey === key);
        if (existing) return { note: existing, duplicate: true };
        const { order, pages } = await placeNewNote(store, sessionId, sectionId);
        const time = ctx.now();
        const note: PostNote = {
          id: ctx.newId(),
          sessionId,
          sectionId,
          order,
          createdAt: time,
          updatedAt: time,
          sourceKey: key,
          kind: 'post',
          post: clean,
          comment: String(comment ?? ''),
        };
        pages.insert(storableNote(note));
        await Promise.all([pages.write(store), countNotes(tx, section, +1)]);
        return { note, duplicate: false };
      });
    },

    /** Which of these post keys (`postKey`) are clipped into the session. */
    clippedPostKeys(sessionId: Id, keys: string[]): Promise<string[]> {
      return inTransaction(db, ['notePages'], 'readonly', async (tx) => {
        // Keys only: a page lists only its post notes' keys, so a key found is a post clipped.
        const index = tx.objectStore('notePages').index('by-source');
        const found = await Promise.all(keys.map((key) => index.getKey([sessionId, key])));
        return keys.filter((_, i) => found[i] !== undefined);
      });
    },
  };
}
