import { describe, expect, it } from 'vitest';
import type { Post } from '../model/types';
import { mayComment } from './comment-sender';

const post = (network: Post['network'], url: string): Post => ({
  network,
  id: network === 'x' ? '1' : network === 'bluesky' ? '3mlniomjks2a2' : '113562000000000001',
  url,
  authorName: 'A',
  handle: 'a',
  parts: [],
  time: '',
  lang: '',
  media: [],
});

describe("a content script comments only on a post of its own site's clips", () => {
  const x = post('x', 'https://x.com/a/status/1');
  const bsky = post('bluesky', 'https://bsky.app/profile/a.bsky.social/post/3mlniomjks2a2');
  const masto = post('mastodon', 'https://mastodon.social/@a/113562000000000001');

  it("X's pages on posts of X, bsky.app on Bluesky's", () => {
    expect(mayComment(x, 'https://x.com/home', null)).toBe(true);
    expect(mayComment(x, 'https://twitter.com/a/status/1', null)).toBe(true);
    expect(mayComment(x, 'https://bsky.app/', null)).toBe(false);
    expect(mayComment(bsky, 'https://bsky.app/search?q=x', null)).toBe(true);
    expect(mayComment(bsky, 'https://x.com/home', null)).toBe(false);
    expect(mayComment(bsky, 'https://evil.example/bsky.app', null)).toBe(false);
  });

  it('an enabled Mastodon instance on its own posts only; a page not on one, never', () => {
    expect(mayComment(masto, 'https://mastodon.social/home', 'https://mastodon.social')).toBe(true);
    expect(mayComment(masto, 'https://fosstodon.org/home', 'https://fosstodon.org')).toBe(false);
    expect(mayComment(masto, 'https://mastodon.social/home', null)).toBe(false);
    expect(mayComment(x, 'https://mastodon.social/home', 'https://mastodon.social')).toBe(false);
  });
});
