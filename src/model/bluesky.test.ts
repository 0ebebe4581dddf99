import { describe, expect, it } from 'vitest';
import { blueskyAtUri, blueskyPostOf, blueskyPostUrl, isBlueskyPage, isCid, isDid } from './bluesky';

describe("Bluesky's rules", () => {
  it('names a post by its at:// URI, the DID preferred to the handle', () => {
    expect(blueskyAtUri('alice.bsky.social', '3lbwd3k2qzc2a', 'did:plc:abc123')).toBe(
      'at://did:plc:abc123/app.bsky.feed.post/3lbwd3k2qzc2a',
    );
    expect(blueskyAtUri('alice.bsky.social', '3lbwd3k2qzc2a')).toBe(
      'at://alice.bsky.social/app.bsky.feed.post/3lbwd3k2qzc2a',
    );
    expect(blueskyAtUri('alice', '3lbwd3k2qzc2a', 'not-a-did')).toBeNull();
  });

  it("reads a post's address on bsky.app, by handle or DID", () => {
    expect(blueskyPostOf('https://bsky.app/profile/alice.bsky.social/post/3lbwd3k2qzc2a')).toEqual({
      actor: 'alice.bsky.social',
      rkey: '3lbwd3k2qzc2a',
    });
    expect(blueskyPostOf('https://bsky.app/profile/did:plc:abc123/post/3lbwd3k2qzc2a')?.actor).toBe('did:plc:abc123');
    expect(blueskyPostOf('https://bsky.app/profile/alice.bsky.social')).toBeNull();
    expect(blueskyPostOf('https://evil.example/profile/alice.bsky.social/post/3lbwd3k2qzc2a')).toBeNull();
  });

  it('builds a post address only from a sound author and key', () => {
    expect(blueskyPostUrl('alice.bsky.social', '3lbwd3k2qzc2a')).toBe(
      'https://bsky.app/profile/alice.bsky.social/post/3lbwd3k2qzc2a',
    );
    expect(blueskyPostUrl('"><script>', '3lbwd3k2qzc2a')).toBeNull();
    expect(blueskyPostUrl('alice.bsky.social', '../x')).toBeNull();
  });

  it('knows its pages, DIDs and CIDs', () => {
    expect([
      isBlueskyPage('https://bsky.app/'),
      isBlueskyPage('http://bsky.app/'),
      isBlueskyPage('https://x.com/'),
    ]).toEqual([true, false, false]);
    expect([isDid('did:plc:ewvi7nxzyoun6zhxrhs64oiz'), isDid('did:web:example.com'), isDid('did:x')]).toEqual([
      true,
      true,
      false,
    ]);
    expect([isCid('bafyreib2rxk3rh6kzwq'), isCid('no spaces here')]).toEqual([true, false]);
  });
});
