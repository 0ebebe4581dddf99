import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BLUESKY_PAGES,
  blueskyAtUri,
  blueskyPostOf,
  blueskyPostUrl,
  didInImage,
  isBlueskyPage,
  isCid,
  isDid,
  tidTime,
} from './bluesky';

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

describe('what the page shows of a post', () => {
  it('reads when a post was written from its record key (a TID), to the millisecond, in UTC', () => {
    // The key of a post bsky.app dated "November 25, 2024 at 12:58 AM" for a reader in UTC+1.
    expect(tidTime('3lbq7mxsiek2v')).toBe('2024-11-24T23:58:51.890Z');
    expect(tidTime('3mlniomjks2a2')).toBe('2026-05-12T09:41:00.000Z');
    expect([tidTime('self'), tidTime('3LBQ7MXSIEK2V'), tidTime('zzzzzzzzzzzzz')]).toEqual(['', '', '']);
  });

  it("reads the author's DID from an image address on Bluesky's CDN only", () => {
    expect(didInImage('https://cdn.bsky.app/img/avatar_thumbnail/plain/did:plc:abc123/bafkrei@jpeg')).toBe(
      'did:plc:abc123',
    );
    expect(didInImage('https://evil.example/img/avatar/plain/did:plc:abc123/x@jpeg')).toBe('');
  });
});

it('the Bluesky pages are the ones the manifest runs the Bluesky content script on', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as {
    content_scripts: { matches: string[]; js: string[] }[];
    host_permissions: string[];
  };
  expect(manifest.content_scripts.find((c) => c.js.includes('content/bluesky.js'))?.matches).toEqual(BLUESKY_PAGES);
  expect(manifest.host_permissions).toEqual(expect.arrayContaining(BLUESKY_PAGES));
});
