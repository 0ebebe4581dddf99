import { expect, test } from 'vitest';
import { formatTimestamp, momentSeconds } from './time';

test.each([
  [0, '0:00'],
  [5, '0:05'],
  [65, '1:05'],
  [65.9, '1:05'],
  [599, '9:59'],
  [754, '12:34'],
  [3599, '59:59'],
  [3600, '1:00:00'],
  [3723, '1:02:03'],
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
