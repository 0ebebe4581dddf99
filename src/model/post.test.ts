import { describe, expect, it } from 'vitest';
import {
  authorUrl,
  isPostHandle,
  isPostId,
  mentionUrl,
  postKey,
  postPageUrl,
  POST_KEY,
  symbolUrl,
  tagUrl,
} from './post';
import type { Post } from './types';

const post = (extra: Partial<Post>): Post => ({
  network: 'x',
  id: '1044',
  url: 'https://x.com/speaker/status/1044',
  authorName: 'A',
  handle: 'speaker',
  parts: [],
  time: '',
  lang: '',
  media: [],
  ...extra,
});
const bluesky = post({
  network: 'bluesky',
  id: '3lbwd3k2qzc2a',
  url: 'https://bsky.app/profile/alice.bsky.social/post/3lbwd3k2qzc2a',
  handle: 'alice.bsky.social',
  did: 'did:plc:ewvi7nxzyoun6zhxrhs64oiz',
});
const mastodon = post({
  network: 'mastodon',
  id: '113562000000000001',
  url: 'https://hachyderm.io/@bob@mastodon.social/113562000000000001',
  handle: 'bob@mastodon.social',
});

describe('each network its own ids and handles', () => {
  it('X: digits and a short handle; Bluesky: a record key and a domain; Mastodon: an id and user@instance', () => {
    expect([
      isPostId('x', '1044'),
      isPostId('x', 'abc'),
      isPostHandle('x', 'jane_doe'),
      isPostHandle('x', 'a.b'),
    ]).toEqual([true, false, true, false]);
    expect([isPostId('bluesky', '3lbwd3k2qzc2a'), isPostId('bluesky', '..'), isPostId('bluesky', 'a/b')]).toEqual([
      true,
      false,
      false,
    ]);
    expect([isPostHandle('bluesky', 'alice.bsky.social'), isPostHandle('bluesky', 'alice')]).toEqual([true, false]);
    expect([isPostId('mastodon', '113562000000000001'), isPostId('mastodon', '1/2')]).toEqual([true, false]);
    expect([
      isPostHandle('mastodon', 'bob@mastodon.social'),
      isPostHandle('mastodon', 'bob'),
      isPostHandle('mastodon', '@bob@mastodon.social'),
    ]).toEqual([true, false, false]);
  });
});

describe('postKey', () => {
  it('keys a post by its network: x:<id>, bluesky:<handle>/<rkey>, mastodon:<instance of its page>/<id>', () => {
    expect(postKey(post({}))).toBe('x:1044');
    expect(postKey(bluesky)).toBe('bluesky:alice.bsky.social/3lbwd3k2qzc2a');
    expect(postKey({ ...bluesky, handle: '' })).toBe('bluesky:did:plc:ewvi7nxzyoun6zhxrhs64oiz/3lbwd3k2qzc2a');
    expect(postKey(mastodon)).toBe('mastodon:hachyderm.io/113562000000000001');
    for (const p of [post({}), bluesky, mastodon]) expect(postKey(p)).toMatch(POST_KEY);
  });

  it('has no key for a post without what its key needs', () => {
    expect(postKey(post({ id: 'abc' }))).toBeNull();
    expect(postKey({ ...bluesky, handle: '', did: undefined })).toBeNull();
    expect(postKey({ ...mastodon, url: 'javascript:alert(1)' })).toBeNull();
  });
});

describe('links by network', () => {
  it("builds each network's page, author, mention and tag links", () => {
    expect(postPageUrl(post({ url: '' }))).toBe('https://x.com/speaker/status/1044');
    expect(postPageUrl({ ...bluesky, url: '' })).toBe('https://bsky.app/profile/alice.bsky.social/post/3lbwd3k2qzc2a');
    expect(postPageUrl(mastodon)).toBe(mastodon.url);
    expect(authorUrl(bluesky)).toBe('https://bsky.app/profile/alice.bsky.social');
    expect(authorUrl(mastodon)).toBe('https://mastodon.social/@bob');
    expect(mentionUrl(bluesky, '@carol.example.com')).toBe('https://bsky.app/profile/carol.example.com');
    expect(mentionUrl(mastodon, 'carol@fosstodon.org')).toBe('https://fosstodon.org/@carol');
    expect(mentionUrl(mastodon, 'dave')).toBe('https://hachyderm.io/@dave');
    expect(tagUrl(bluesky, '#devconf')).toBe('https://bsky.app/hashtag/devconf');
    expect(tagUrl(mastodon, 'devconf')).toBe('https://hachyderm.io/tags/devconf');
    expect(tagUrl(post({}), 'devconf')).toBe('https://x.com/hashtag/devconf');
    expect(symbolUrl(bluesky, '$TSLA')).toBeNull();
  });

  it('builds no link from a value its network would not link', () => {
    expect(mentionUrl(bluesky, 'javascript:alert(1)')).toBeNull();
    expect(mentionUrl(mastodon, 'a b@evil')).toBeNull();
    expect(tagUrl(mastodon, 'a b')).toBeNull();
    expect(tagUrl({ ...mastodon, url: 'http://insecure.example/@a/1' }, 'tag')).toBeNull();
    expect(authorUrl({ ...bluesky, handle: 'not a domain', did: undefined })).toBeNull();
  });
});
