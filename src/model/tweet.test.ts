import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import {
  cashtagUrl,
  hashtagUrl,
  isHandle,
  isXPage,
  profileUrl,
  statusUrl,
  tweetDate,
  tweetTime,
  X_PAGES,
} from './tweet';

test('a status link only from a sound handle and id', () => {
  expect(statusUrl('ada_builds', '1800000000000000001')).toBe('https://x.com/ada_builds/status/1800000000000000001');
  expect(statusUrl('ada', '42', 'twitter.com')).toBe('https://twitter.com/ada/status/42');
  expect(statusUrl('i', '42')).toBe('https://x.com/i/status/42');
  for (const [handle, id] of [
    ['', '42'],
    ['a b', '42'],
    ['a/../b', '42'],
    ['sixteen_chars_xx', '42'],
    ['ada', ''],
    ['ada', '12a'],
    ['ada', '1'.repeat(26)],
  ]) {
    expect(statusUrl(handle!, id!)).toBeNull();
  }
  expect(isHandle('fifteen_chars_x')).toBe(true);
  expect(isHandle(42)).toBe(false);
});

test('mentions, hashtags and cashtags link only what X would link', () => {
  expect(profileUrl('ada_builds')).toBe('https://x.com/ada_builds');
  expect(profileUrl('<script>')).toBeNull();
  expect(hashtagUrl('#DevOps')).toBe('https://x.com/hashtag/DevOps');
  expect(hashtagUrl('＃café', 'twitter.com')).toBe('https://twitter.com/hashtag/caf%C3%A9');
  expect(hashtagUrl('a/b?c')).toBe('https://x.com/hashtag/a%2Fb%3Fc');
  expect(hashtagUrl('#')).toBeNull();
  expect(hashtagUrl('two words')).toBeNull();
  expect(hashtagUrl('a\u0000')).toBeNull();
  expect(cashtagUrl('$BRK.B')).toBe('https://x.com/search?q=%24BRK.B');
  expect(cashtagUrl('TSLA', 'twitter.com')).toBe('https://twitter.com/search?q=%24TSLA');
  expect(cashtagUrl('$1ABC')).toBeNull();
  expect(cashtagUrl('$A&b=c')).toBeNull();
  expect(cashtagUrl('')).toBeNull();
});

test.each([
  ['2023-10-12T23:30:00.000Z', '2023-10-12T23:30:00.000Z'],
  ['2023-10-12T23:30:00Z', '2023-10-12T23:30:00.000Z'],
  ['2023-10-13T01:30:00+02:00', '2023-10-12T23:30:00.000Z'],
  ['2024-02-29T23:59:59.5Z', '2024-02-29T23:59:59.500Z'],
  ['2023-10-12', ''],
  ['2023-10-12T23:30', ''],
  ['2023-02-30T00:00:00Z', ''],
  ['Thu Oct 12 2023', ''],
  ['not a date', ''],
  ['', ''],
])('tweetTime(%j) = %j', (value, iso) => {
  expect(tweetTime(value)).toBe(iso);
});

test('tweetTime takes only text', () => {
  expect(tweetTime(1697153400000)).toBe('');
  expect(tweetTime(null)).toBe('');
});

test.each([
  ['2018-09-20T14:03:00.000Z', 'September 20, 2018'],
  ['2023-10-12T23:30:00.000Z', 'October 12, 2023'],
  ['2023-10-13T01:30:00+02:00', 'October 12, 2023'],
  ['2024-02-29T23:59:59Z', 'February 29, 2024'],
  ['nonsense', ''],
  ['', ''],
])('tweetDate(%j) = %j, in UTC as Twitter embeds write it', (iso, date) => {
  expect(tweetDate(iso)).toBe(date);
});

test('the X pages are the ones the manifest runs the X content script on', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as {
    content_scripts: { matches: string[]; js: string[] }[];
  };
  expect(manifest.content_scripts.find((c) => c.js.includes('content/x.js'))?.matches).toEqual(X_PAGES);
  expect(isXPage('https://x.com/home')).toBe(true);
  expect(isXPage('https://mobile.twitter.com/ada/status/1')).toBe(true);
  expect(isXPage('http://x.com/home')).toBe(false);
  expect(isXPage('https://x.com.evil.example/')).toBe(false);
  expect(isXPage('https://www.youtube.com/')).toBe(false);
  expect(isXPage('not a url')).toBe(false);
});
