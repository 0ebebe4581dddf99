import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { mayAnswer } = await import('./router');

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('mayAnswer', () => {
  it('answers our own pages, whatever they ask', () => {
    expect(mayAnswer('export/markdown', { id: ID, url: `${ORIGIN}panel/index.html` }, ID, ORIGIN)).toBe(true);
    expect(mayAnswer('note/capture', { id: ID, url: `${ORIGIN}popup/index.html` }, ID, ORIGIN)).toBe(true);
  });

  it('answers our content scripts only for the requests meant for them', () => {
    const script = { id: ID, url: 'https://x.com/home' };
    expect(mayAnswer('tweet/clip-page', script, ID, ORIGIN)).toBe(true);
    expect(mayAnswer('tweet/clipped', script, ID, ORIGIN)).toBe(true);
    // A ready-made Tweet only from our own pages: a web page sends its markup, which the background reads.
    expect(mayAnswer('post/clip', script, ID, ORIGIN)).toBe(false);
    expect(mayAnswer('export/markdown', script, ID, ORIGIN)).toBe(false);
    expect(mayAnswer('youtube/seek', script, ID, ORIGIN)).toBe(false);
  });

  it('ignores other extensions and senders without an id', () => {
    expect(mayAnswer('tweet/clip-page', { id: 'other', url: 'https://x.com/home' }, ID, ORIGIN)).toBe(false);
    expect(mayAnswer('workspace/get', { url: `${ORIGIN}panel/index.html` }, ID, ORIGIN)).toBe(false);
    // A page of another extension that copies our path is still not ours.
    expect(
      mayAnswer('workspace/get', { id: 'other', url: `chrome-extension://other/panel/index.html` }, ID, ORIGIN),
    ).toBe(false);
  });
});
