import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  channelUrlOf,
  isYouTubeUrl,
  momentOfUrl,
  parseWatchUrl,
  watchUrl,
  YOUTUBE_PAGES,
  youtubeSourceOf,
} from './youtube';

describe('parseWatchUrl', () => {
  test.each([
    ['https://www.youtube.com/watch?v=cnfTalkAAA1', { videoId: 'cnfTalkAAA1' }],
    [
      'https://www.youtube.com/watch?v=cnfTalkAAA1&list=PLconfnotesFixture01&index=3',
      { videoId: 'cnfTalkAAA1', list: 'PLconfnotesFixture01', index: 3 },
    ],
    ['https://m.youtube.com/watch?v=cnfTalkAAA1&t=42s', { videoId: 'cnfTalkAAA1' }],
    ['https://www.youtube.com/live/cnfLiveCCC3', { videoId: 'cnfLiveCCC3' }],
    ['https://www.youtube.com/live/cnfLiveCCC3?si=abc', { videoId: 'cnfLiveCCC3' }],
    ['https://youtu.be/cnfTalkAAA1', { videoId: 'cnfTalkAAA1' }],
  ])('%s is a talk', (url, expected) => {
    expect(parseWatchUrl(url)).toEqual(expected);
  });

  test.each([
    'https://www.youtube.com/',
    'https://www.youtube.com/results?search_query=devops',
    'https://www.youtube.com/@devopsdays',
    'https://www.youtube.com/watch?v=short',
    'https://www.youtube.com/watch?v=cnfTalkAAA1x',
    'https://www.youtube.com/watch?v=<script>1234',
    'https://evil.example/watch?v=cnfTalkAAA1',
    'http://www.youtube.com/watch?v=cnfTalkAAA1',
    'not a url',
  ])('%s is not a talk', (url) => {
    expect(parseWatchUrl(url)).toBeNull();
  });

  test('an index without a list, or a nonsense index, is dropped', () => {
    expect(parseWatchUrl('https://www.youtube.com/watch?v=cnfTalkAAA1&index=2')).toEqual({ videoId: 'cnfTalkAAA1' });
    expect(parseWatchUrl('https://www.youtube.com/watch?v=cnfTalkAAA1&list=PLx1&index=-1')).toEqual({
      videoId: 'cnfTalkAAA1',
      list: 'PLx1',
    });
  });
});

describe('watchUrl', () => {
  test('links a moment with t=123s and keeps the playlist', () => {
    expect(watchUrl({ videoId: 'cnfTalkAAA1' }, 123)).toBe('https://www.youtube.com/watch?v=cnfTalkAAA1&t=123s');
    expect(watchUrl({ videoId: 'cnfTalkAAA1', list: 'PLconfnotesFixture01', index: 2 }, 65.9)).toBe(
      'https://www.youtube.com/watch?v=cnfTalkAAA1&list=PLconfnotesFixture01&index=2&t=65s',
    );
  });

  test('no moment gives the plain watch URL; the very start is a moment like any other', () => {
    expect(watchUrl({ videoId: 'cnfTalkAAA1' })).toBe('https://www.youtube.com/watch?v=cnfTalkAAA1');
    expect(watchUrl({ videoId: 'cnfTalkAAA1' }, 0)).toBe('https://www.youtube.com/watch?v=cnfTalkAAA1&t=0s');
    expect(momentOfUrl(watchUrl({ videoId: 'cnfTalkAAA1' }, 0) ?? '')).toEqual({ videoId: 'cnfTalkAAA1', seconds: 0 });
    expect(watchUrl({ videoId: 'cnfTalkAAA1' }, -4)).toBe('https://www.youtube.com/watch?v=cnfTalkAAA1&t=0s');
    expect(watchUrl({ videoId: 'cnfTalkAAA1' }, Number.NaN)).toBe('https://www.youtube.com/watch?v=cnfTalkAAA1');
  });

  test('only a video id YouTube could have given makes a link; a malformed playlist or position is left out', () => {
    expect(watchUrl({ videoId: 'x"><script>' }, 1)).toBeNull();
    expect(watchUrl({ videoId: 'Hb0aRtal001' }, 754.6)).toBe('https://www.youtube.com/watch?v=Hb0aRtal001&t=754s');
    expect(watchUrl({ videoId: 'cnfTalkAAA1', list: 'a&b', index: 2 })).toBe(
      'https://www.youtube.com/watch?v=cnfTalkAAA1',
    );
    expect(watchUrl({ videoId: 'cnfTalkAAA1', list: 'PLx1', index: 1.5 })).toBe(
      'https://www.youtube.com/watch?v=cnfTalkAAA1&list=PLx1',
    );
    expect(watchUrl({ videoId: 'cnfTalkAAA1', index: 3 })).toBe('https://www.youtube.com/watch?v=cnfTalkAAA1');
  });

  test('round-trips through parseWatchUrl', () => {
    const address = { videoId: 'cnf-Talk_A1', list: 'PLabc', index: 7 };
    expect(parseWatchUrl(watchUrl(address, 10) ?? '')).toEqual(address);
  });
});

test('isYouTubeUrl', () => {
  expect(isYouTubeUrl('https://www.youtube.com/')).toBe(true);
  expect(isYouTubeUrl('https://m.youtube.com/results')).toBe(true);
  expect(isYouTubeUrl('https://x.com/')).toBe(false);
  expect(isYouTubeUrl(undefined)).toBe(false);
});

test('momentOfUrl reads the moment a timestamp link points to', () => {
  expect(momentOfUrl('https://www.youtube.com/watch?v=cnfTalkAAA1&t=65s')).toEqual({
    videoId: 'cnfTalkAAA1',
    seconds: 65,
  });
  expect(momentOfUrl('https://www.youtube.com/watch?v=cnfTalkAAA1&list=PLx&index=2&t=3723')).toEqual({
    videoId: 'cnfTalkAAA1',
    seconds: 3723,
  });
  expect(momentOfUrl('https://www.youtube.com/watch?v=cnfTalkAAA1&t=1h2m3s')).toEqual({
    videoId: 'cnfTalkAAA1',
    seconds: 3723,
  });
  expect(momentOfUrl('https://www.youtube.com/watch?v=cnfTalkAAA1')).toBeNull();
  expect(momentOfUrl('https://www.youtube.com/watch?v=cnfTalkAAA1&t=soon')).toBeNull();
  expect(momentOfUrl('https://www.youtube.com/watch?v=cnfTalkAAA1&t=')).toBeNull();
  expect(momentOfUrl('not a url')).toBeNull();
  expect(momentOfUrl('https://example.org/watch?v=cnfTalkAAA1&t=5s')).toBeNull();
});

test('channelUrlOf keeps a channel address only on YouTube, as https, whatever form the page gave it in', () => {
  // The rendered owner link (resolved by the DOM, or relative as a playlist's item has it).
  expect(channelUrlOf('https://www.youtube.com/@devopsdaysfixture')).toBe('https://www.youtube.com/@devopsdaysfixture');
  expect(channelUrlOf('/@opsandhumans')).toBe('https://www.youtube.com/@opsandhumans');
  // The page's own data: microdata writes http, the player response the mobile host.
  expect(channelUrlOf('http://www.youtube.com/@opsandhumans')).toBe('https://www.youtube.com/@opsandhumans');
  expect(channelUrlOf('http://m.youtube.com/channel/UCx')).toBe('https://m.youtube.com/channel/UCx');
  expect(channelUrlOf(' https://youtube.com/@a\n')).toBe('https://youtube.com/@a');
  // Never a link elsewhere, nor a script, nor something too long to store.
  expect(channelUrlOf('https://evil.example/@x')).toBeNull();
  expect(channelUrlOf('https://www.youtube.com.evil.example/@x')).toBeNull();
  expect(channelUrlOf('javascript:alert(1)')).toBeNull();
  expect(channelUrlOf('//evil.example/@x')).toBeNull();
  expect(channelUrlOf(`https://www.youtube.com/@${'a'.repeat(4096)}`)).toBeNull();
  expect(channelUrlOf('')).toBeNull();
  expect(channelUrlOf(undefined)).toBeNull();
});

test('youtubeSourceOf keeps only well-formed fields of a source from a message', () => {
  expect(
    youtubeSourceOf({
      kind: 'youtube',
      videoId: 'cnfTalkAAA1',
      list: 'PLx1',
      index: 2,
      channel: ' Ops ',
      channelUrl: 'https://www.youtube.com/@o',
      duration: 300.6,
      extra: '<script>',
    }),
  ).toEqual({
    kind: 'youtube',
    videoId: 'cnfTalkAAA1',
    list: 'PLx1',
    index: 2,
    channel: 'Ops',
    channelUrl: 'https://www.youtube.com/@o',
    duration: 301,
  });
  expect(
    youtubeSourceOf({
      kind: 'youtube',
      videoId: 'cnfTalkAAA1',
      list: 'a b',
      index: 1.5,
      channelUrl: 'https://evil.example/@o',
      duration: Infinity,
    }),
  ).toEqual({ kind: 'youtube', videoId: 'cnfTalkAAA1' });
  // A position means nothing without its playlist.
  expect(youtubeSourceOf({ kind: 'youtube', videoId: 'cnfTalkAAA1', index: 2 })).toEqual({
    kind: 'youtube',
    videoId: 'cnfTalkAAA1',
  });
  expect(youtubeSourceOf({ kind: 'youtube', videoId: 'nope' })).toBeNull();
  expect(youtubeSourceOf(null)).toBeNull();
  expect(youtubeSourceOf('youtube')).toBeNull();
});

test('the YouTube pages are the ones the manifest runs the YouTube content script on', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as {
    content_scripts: { matches: string[]; js: string[] }[];
  };
  expect(manifest.content_scripts.find((c) => c.js.includes('content/youtube.js'))?.matches).toEqual(YOUTUBE_PAGES);
});
