import { describe, expect, it } from 'vitest';
import type { Post } from '../model/types';
import { allNotes, freshStore } from './test-support';

const tweet = (id: string, extra: Partial<Post> = {}): Post => ({
  network: 'x',
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
    const first = await store.clipPost(session.id, section.id, tweet('1001'), 'so true');
    expect(first.duplicate).toBe(false);
    expect(first.note).toMatchObject({
      kind: 'post',
      comment: 'so true',
      sourceKey: 'x:1001',
      post: tweet('1001'),
    });
    const again = await store.clipPost(session.id, section.id, tweet('1001', { authorName: 'changed' }), 'other');
    expect(again).toEqual({ note: first.note, duplicate: true });
    expect(await allNotes(db)).toHaveLength(1);
  });

  it('clips the same tweet into another session separately', async () => {
    const { store, session, section } = await withSection();
    const other = await store.createSession({ title: 'O', date: '', description: '', tags: [], categories: [] });
    const otherSection = await store.addSection(other.id, { title: 'T' });
    await store.clipPost(session.id, section.id, tweet('1001'), '');
    expect((await store.clipPost(other.id, otherSection.id, tweet('1001'), '')).duplicate).toBe(false);
  });

  it('answers which tweet ids a session already holds', async () => {
    const { store, session, section } = await withSection();
    await store.clipPost(session.id, section.id, tweet('1'), '');
    await store.clipPost(session.id, section.id, tweet('3'), '');
    expect(await store.clippedPostKeys(session.id, ['x:1', 'x:2', 'x:3'])).toEqual(['x:1', 'x:3']);
    expect(await store.clippedPostKeys('other', ['x:1'])).toEqual([]);
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
    } as unknown as Post;
    const { note } = await store.clipPost(session.id, section.id, noisy, '');
    expect(note.kind === 'post' && note.post).toEqual({
      ...tweet('7', { media: [{ type: 'photo', url: 'https://pbs.twimg.com/a.jpg', alt: 'A slide' }] }),
      quoted: tweet('8'),
      thread: [tweet('9')],
    });
  });

  it('keeps a quoted tweet that X showed without its permalink, marked incomplete', async () => {
    const { store, session, section } = await withSection();
    const quoted = { ...tweet(''), url: '' };
    const { note } = await store.clipPost(session.id, section.id, { ...tweet('10'), quoted }, '');
    expect(note.kind === 'post' && note.post.quoted).toEqual({ ...quoted, incomplete: true });
    expect(note.kind === 'post' && note.post.incomplete).toBeUndefined();
  });

  it('refuses a tweet without a status id', async () => {
    const { store, session, section } = await withSection();
    await expect(store.clipPost(session.id, section.id, tweet('abc'), '')).rejects.toThrow('This post has no id');
  });

  it('keys posts of each network apart: the same id on two networks, or two Mastodon instances, is two clips', async () => {
    const { store, session, section } = await withSection();
    const bluesky = (handle: string): Post => ({
      ...tweet('1'),
      network: 'bluesky',
      id: '3lbwd3k2qzc2a',
      url: `https://bsky.app/profile/${handle}/post/3lbwd3k2qzc2a`,
      handle,
    });
    const mastodon = (host: string): Post => ({
      ...tweet('1'),
      network: 'mastodon',
      url: `https://${host}/@bob/1`,
      handle: 'bob@mastodon.social',
    });
    const clip = (post: Post) => store.clipPost(session.id, section.id, post, '');
    expect((await clip(tweet('1'))).note.sourceKey).toBe('x:1');
    expect((await clip(mastodon('mastodon.social'))).note.sourceKey).toBe('mastodon:mastodon.social/1');
    expect((await clip(mastodon('hachyderm.io'))).duplicate).toBe(false);
    expect((await clip(mastodon('mastodon.social'))).duplicate).toBe(true);
    expect((await clip(bluesky('alice.bsky.social'))).note.sourceKey).toBe('bluesky:alice.bsky.social/3lbwd3k2qzc2a');
    expect((await clip(bluesky('bob.bsky.social'))).duplicate).toBe(false);
    expect((await clip(bluesky('alice.bsky.social'))).duplicate).toBe(true);
    expect(
      await store.clippedPostKeys(session.id, ['x:1', 'bluesky:alice.bsky.social/3lbwd3k2qzc2a', 'mastodon:a.b/1']),
    ).toEqual(['x:1', 'bluesky:alice.bsky.social/3lbwd3k2qzc2a']);
  });

  it("drops a handle its network would not give, and a quote or thread post is of the clipped post's network", async () => {
    const { store, session, section } = await withSection();
    const post: Post = {
      ...tweet('1'),
      network: 'mastodon',
      url: 'https://mastodon.social/@bob/1',
      handle: 'bob',
      did: 'did:plc:abc',
      quoted: { ...tweet('2'), network: 'x', handle: 'carol@example.org' },
    };
    const { note } = await store.clipPost(session.id, section.id, post, '');
    const stored = note.kind === 'post' ? note.post : null;
    expect(stored).toMatchObject({ network: 'mastodon', handle: '', incomplete: true });
    expect(stored?.did).toBeUndefined();
    expect(stored?.quoted).toMatchObject({ network: 'mastodon', handle: 'carol@example.org' });
  });
});
