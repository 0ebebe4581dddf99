import { describe, expect, it } from 'vitest';
import type { Tweet } from '../model/types';
import { freshStore } from './test-support';

const tweet = (id: string, extra: Partial<Tweet> = {}): Tweet => ({
  id,
  url: `https://x.com/someone/status/${id}`,
  authorName: 'Some One',
  handle: 'someone',
  parts: [
    { type: 'text', text: 'Great talk by ' },
    { type: 'mention', text: '@ada', handle: 'ada' },
  ],
  time: '2018-09-27T10:00:00.000Z',
  lang: 'en',
  media: [],
  ...extra,
});

async function withSection() {
  const env = await freshStore();
  const session = await env.store.createSession({ title: 'S', date: '', description: '', tags: [], categories: [] });
  const section = await env.store.addSection(session.id, { title: 'Tweets' });
  return { ...env, session, section };
}

describe('clipping tweets', () => {
  it('clips a tweet once per session and says when it was already there', async () => {
    const { store, session, section, db } = await withSection();
    const first = await store.clipTweet(session.id, section.id, tweet('1001'), 'so true');
    expect(first.duplicate).toBe(false);
    expect(first.note).toMatchObject({
      kind: 'tweet',
      comment: 'so true',
      sourceKey: 'tweet:1001',
      tweet: tweet('1001'),
    });
    const again = await store.clipTweet(session.id, section.id, tweet('1001', { authorName: 'changed' }), 'other');
    expect(again).toEqual({ note: first.note, duplicate: true });
    expect(await db.count('notes')).toBe(1);
  });

  it('clips the same tweet into another session separately', async () => {
    const { store, session, section } = await withSection();
    const other = await store.createSession({ title: 'O', date: '', description: '', tags: [], categories: [] });
    const otherSection = await store.addSection(other.id, { title: 'T' });
    await store.clipTweet(session.id, section.id, tweet('1001'), '');
    expect((await store.clipTweet(other.id, otherSection.id, tweet('1001'), '')).duplicate).toBe(false);
  });

  it('answers which tweet ids a session already holds', async () => {
    const { store, session, section } = await withSection();
    await store.clipTweet(session.id, section.id, tweet('1'), '');
    await store.clipTweet(session.id, section.id, tweet('3'), '');
    expect(await store.clippedTweetIds(session.id, ['1', '2', '3'])).toEqual(['1', '3']);
    expect(await store.clippedTweetIds('other', ['1'])).toEqual([]);
  });

  it('keeps only the known fields of a tweet, its quoted tweet and its thread', async () => {
    const { store, session, section } = await withSection();
    const noisy = {
      ...tweet('7', {
        media: [{ type: 'photo', url: 'https://pbs.twimg.com/a.jpg', alt: 'A slide', junk: 1 } as never],
      }),
      html: '<script>x</script>',
      quoted: { ...tweet('8'), element: 'node' },
      thread: [{ ...tweet('9'), extra: true }],
    } as unknown as Tweet;
    const { note } = await store.clipTweet(session.id, section.id, noisy, '');
    expect(note.kind === 'tweet' && note.tweet).toEqual({
      ...tweet('7', { media: [{ type: 'photo', url: 'https://pbs.twimg.com/a.jpg', alt: 'A slide' }] }),
      quoted: tweet('8'),
      thread: [tweet('9')],
    });
  });

  it('keeps a quoted tweet that X showed without its permalink, marked incomplete', async () => {
    const { store, session, section } = await withSection();
    const quoted = { ...tweet(''), url: '' };
    const { note } = await store.clipTweet(session.id, section.id, { ...tweet('10'), quoted }, '');
    expect(note.kind === 'tweet' && note.tweet.quoted).toEqual({ ...quoted, incomplete: true });
    expect(note.kind === 'tweet' && note.tweet.incomplete).toBeUndefined();
  });

  it('refuses a tweet without a status id', async () => {
    const { store, session, section } = await withSection();
    await expect(store.clipTweet(session.id, section.id, tweet('abc'), '')).rejects.toThrow('no status id');
  });
});
