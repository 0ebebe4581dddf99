// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_HTML, FIXTURE_DIR } from '../../../support/fixtures/youtube/load';
import { readPlaylist } from './playlist';

const PLAYLIST_HTML = readFileSync(path.join(FIXTURE_DIR, 'playlist.html'), 'utf8');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('readPlaylist', () => {
  it("reads a playlist page's videos in order, with titles and channels, and only its own playlist's", () => {
    const playlist = readPlaylist(parse(PLAYLIST_HTML), 'https://www.youtube.com/playlist?list=PLconfnotesFixture05');
    expect(playlist?.title).toBe('Fixture Conference 2026: all talks');
    expect(playlist?.list).toBe('PLconfnotesFixture05');
    expect(playlist?.videos.map((v) => [v.index, v.videoId, v.title])).toEqual([
      [1, 'cnfPlay0001', 'Keynote: Kindness at scale'],
      [2, 'cnfPlay0002', 'Feature flags & <rollbacks>'],
      [3, 'cnfPlay0003', 'Testing shell scripts'],
      [4, 'cnfPlay0004', 'Monoliths, kept well'],
      [5, 'cnfPlay0005', 'Closing panel'],
    ]);
    expect(playlist?.videos[4]).toMatchObject({
      channel: 'Ops & Humans',
      channelUrl: '/@opsandhumans',
    });
  });

  it("reads the playlist panel of a watch page, each video once, in the playlist's order", () => {
    const doc = parse(APP_HTML);
    // YouTube may render the panel twice (beside the player and below it) and in any order of items.
    const panel = doc.querySelector('ytd-playlist-panel-renderer')!;
    panel.parentElement!.append(panel.cloneNode(true));
    panel.append(panel.querySelector('ytd-playlist-panel-video-renderer')!);
    const playlist = readPlaylist(doc, 'https://www.youtube.com/watch?v=cnfTalkAAA1&list=PLconfnotesFixture01&index=1');
    expect(playlist?.title).toBe('Fixture Conference 2026');
    expect(playlist?.videos.map((v) => [v.index, v.videoId])).toEqual([
      [1, 'cnfTalkAAA1'],
      [2, 'cnfTalkBBB2'],
    ]);
  });

  it('skips an item whose link is no address at all, keeping the others', () => {
    const doc = parse(PLAYLIST_HTML);
    const first = doc.querySelector('ytd-playlist-video-renderer a[id="video-title"]')!;
    first.setAttribute('href', 'http://[broken/watch?v=cnfPlay0001&list=PLconfnotesFixture05&index=1');
    const playlist = readPlaylist(doc, 'https://www.youtube.com/playlist?list=PLconfnotesFixture05');
    expect(playlist?.videos.map((v) => v.index)).toEqual([2, 3, 4, 5]);
  });

  it('is null on a page without a playlist, or before its videos have loaded', () => {
    expect(readPlaylist(parse(APP_HTML), 'https://www.youtube.com/watch?v=cnfTalkAAA1')).toBeNull();
    expect(readPlaylist(parse('<html><body></body></html>'), 'https://www.youtube.com/playlist?list=PLx1')).toBeNull();
    expect(readPlaylist(parse(PLAYLIST_HTML), 'https://www.youtube.com/playlist?list=PLnotThisOne1')).toBeNull();
  });
});
