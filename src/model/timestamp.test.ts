import { expect, test } from 'vitest';
import { formatTimestamp, momentSeconds, parseTimeParam, parseTimestamp } from './timestamp';

test.each([
  [0, '0:00'],
  [5, '0:05'],
  [59.9, '0:59'],
  [65, '1:05'],
  [65.9, '1:05'],
  [599, '9:59'],
  [754, '12:34'],
  [3599, '59:59'],
  [3600, '1:00:00'],
  [3723, '1:02:03'],
  [3725, '1:02:05'],
  [36000, '10:00:00'],
  [-3, '0:00'],
  [Number.NaN, '0:00'],
  [Number.POSITIVE_INFINITY, '0:00'],
])('formatTimestamp(%s) = %s', (seconds, shown) => {
  expect(formatTimestamp(seconds)).toBe(shown);
});

test('momentSeconds rewinds for reaction time, never below zero', () => {
  expect(momentSeconds(65.4, 0)).toBe(65);
  expect(momentSeconds(65.4, 5)).toBe(60);
  expect(momentSeconds(3, 5)).toBe(0);
  expect(momentSeconds(65, Number.NaN)).toBe(65);
});

test.each([
  ['123s', 123],
  ['123', 123],
  ['3m12s', 192],
  ['1h2m3s', 3723],
  ['1h', 3600],
  ['0s', 0],
  ['', null],
  ['s', null],
  ['soon', null],
  ['1:02', null],
  ['-5s', null],
])('parseTimeParam(%j) = %s', (t, seconds) => {
  expect(parseTimeParam(t)).toBe(seconds);
});

test.each([
  ['3:12', 192],
  [' 1:02:03 ', 3723],
  ['0:00', 0],
  ['192', 192],
  ['3m12s', 192],
  ['3:75', null],
  ['1:75:00', null],
  ['3:1', null],
  ['', null],
  ['soon', null],
])('parseTimestamp(%j) = %s', (text, seconds) => {
  expect(parseTimestamp(text)).toBe(seconds);
});

test('what formatTimestamp writes, parseTimestamp reads back', () => {
  for (const seconds of [0, 5, 59, 60, 754, 3599, 3600, 3723, 86399]) {
    expect(parseTimestamp(formatTimestamp(seconds))).toBe(seconds);
  }
});
