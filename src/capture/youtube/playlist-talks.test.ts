import { describe, expect, it } from 'vitest';
import { playlistTalks } from './playlist-talks';

describe('playlistTalks', () => {
  it('keeps well-formed videos as talks of the playlist, in its order, and drops what a page should not send', () => {
    const talks = playlistTalks({
      list: 'PLfixture0001',
      title: 'Conf',
      videos: [
        {
          videoId: 'bbbbbbbbbbb',
          index: 2,
          title: ' Second ',
          channel: 'Conf',
          channelUrl: 'https://www.youtube.com/@c',
        },
        { videoId: 'aaaaaaaaaaa', index: 1, title: '', channel: '', channelUrl: '' },
        { videoId: '<script>', index: 3, title: 'bad id', channel: '', channelUrl: '' },
        { videoId: 'ccccccccccc', index: 0, title: 'no place', channel: '', channelUrl: '' },
        { videoId: 'ddddddddddd', index: 4, title: 'x'.repeat(3000), channel: '', channelUrl: 'javascript:x' },
      ],
    });
    expect(talks.map((t) => [t.source.index, t.title.length > 100 ? t.title.length : t.title])).toEqual([
      [1, 'YouTube video aaaaaaaaaaa'],
      [2, 'Second'],
      [4, 2000],
    ]);
    expect(talks[1]!.source).toEqual({
      kind: 'youtube',
      videoId: 'bbbbbbbbbbb',
      list: 'PLfixture0001',
      index: 2,
      channel: 'Conf',
      channelUrl: 'https://www.youtube.com/@c',
    });
    expect(talks[2]!.source).not.toHaveProperty('channelUrl');
    expect(playlistTalks(null)).toEqual([]);
    expect(
      playlistTalks({ list: 'bad list!', title: '', videos: [{ videoId: 'aaaaaaaaaaa', index: 1 }] } as never),
    ).toEqual([]);
  });
});
