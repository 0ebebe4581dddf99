/** Clipping tweets into a session, each tweet at most once per session (found by its `tweet:<id>` key). */
import type { Id, Note, Tweet, TweetNote } from '../model/types';
import { fitTweet } from './fit-tweet';
import { placeNewNote } from './note-place';
import { inTransaction, NotFoundError, type StoreContext } from './transaction';
import { storableNote } from './record-check';
import { countNotes } from './note-counts';

export function tweetKey(id: string): string {
  return `tweet:${id}`;
}

export function tweetOps(ctx: StoreContext) {
  const { db } = ctx;
  return {
    async clipTweet(
      sessionId: Id,
      sectionId: Id,
      tweet: Tweet,
      comment: string,
    ): Promise<{ note: Note; duplicate: boolean }> {
      const clean = fitTweet(tweet);
      return inTransaction(db, ['sections', 'notes'], 'readwrite', async (tx) => {
        const section = await tx.objectStore('sections').get(sectionId);
        if (!section || section.sessionId !== sessionId) throw new NotFoundError('This section');
        const store = tx.objectStore('notes');
        // Only a tweet note counts: an older version let other notes carry the key, and they must not block a clip.
        const existing = (await store.index('by-session-source').getAll([sessionId, tweetKey(clean.id)])).find(
          (n) => n.kind === 'tweet',
        );
        if (existing) return { note: existing, duplicate: true };
        const { order } = await placeNewNote(store, sectionId);
        const time = ctx.now();
        const note: TweetNote = {
          id: ctx.newId(),
          sessionId,
          sectionId,
          order,
          createdAt: time,
          updatedAt: time,
          sourceKey: tweetKey(clean.id),
          kind: 'tweet',
          tweet: clean,
          comment: String(comment ?? ''),
        };
        await Promise.all([store.add(storableNote(note)), countNotes(tx, section, +1)]);
        return { note, duplicate: false };
      });
    },

    clippedTweetIds(sessionId: Id, ids: string[]): Promise<string[]> {
      return inTransaction(db, ['notes'], 'readonly', async (tx) => {
        const index = tx.objectStore('notes').index('by-session-source');
        const found = await Promise.all(ids.map((id) => index.getAll([sessionId, tweetKey(id)])));
        return ids.filter((_, i) => found[i]!.some((n) => n.kind === 'tweet'));
      });
    },
  };
}
