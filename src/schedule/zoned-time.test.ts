import { afterEach, expect, test } from 'vitest';
import { parseSchedule } from './parse-schedule';
import { EVENT_ZONE, fixture } from './test-fixtures';
import { instantOf, isTimeZone, localClock, localDate, parseDateTime, parseDuration } from './zoned-time';

const local = (text: string) => parseDateTime(text)!.local;
const machineZone = process.env.TZ;
afterEach(() => {
  if (machineZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineZone;
});

test('the wall clock in a named zone, across the summer-time change', () => {
  expect(instantOf(local('2026-03-28T10:00'), EVENT_ZONE)).toBe(Date.parse('2026-03-28T10:00:00+01:00'));
  expect(instantOf(local('2026-03-29T10:00'), EVENT_ZONE)).toBe(Date.parse('2026-03-29T10:00:00+02:00'));
  // 02:30 does not exist that night in Berlin: the moment just after the gap.
  expect(instantOf(local('2026-03-29T02:30'), EVENT_ZONE)).toBe(Date.parse('2026-03-29T03:30:00+02:00'));
  expect(instantOf(local('2026-03-28T10:00'), '+05:30')).toBe(Date.parse('2026-03-28T10:00:00+05:30'));
  expect(instantOf(local('2026-03-28T10:00'), 'Asia/Kathmandu')).toBe(Date.parse('2026-03-28T10:00:00+05:45'));
});

test('local date and clock of an instant in a zone', () => {
  const late = Date.parse('2026-03-29T23:30:00+02:00');
  expect([localDate(late, EVENT_ZONE), localClock(late, EVENT_ZONE)]).toEqual(['2026-03-29', '23:30']);
  expect([localDate(late, 'UTC'), localClock(late, 'UTC')]).toEqual(['2026-03-29', '21:30']);
  expect([localDate(late, '-03:30'), localClock(late, '-03:30')]).toEqual(['2026-03-29', '18:00']);
});

test('date-times, durations and zone names are checked', () => {
  expect(parseDateTime('2026-02-30T10:00')).toBeNull();
  expect(parseDateTime('2026-03-28T24:00')).toBeNull();
  expect(parseDateTime('10:00')).toBeNull();
  expect(parseDateTime('2026-03-28T10:00:00.000Z')?.offset).toBe('Z');
  expect(parseDuration('00:40')).toBe(40 * 60_000);
  expect(parseDuration('1:30:15')).toBe((90 * 60 + 15) * 1000);
  expect(parseDuration('00:75')).toBeNull();
  expect([isTimeZone('Europe/Berlin'), isTimeZone('+05:30'), isTimeZone('Mars/Olympus'), isTimeZone('')]).toEqual([
    true,
    true,
    false,
    false,
  ]);
});

test("the machine's own zone changes nothing", () => {
  const read = () =>
    ['pretalx-v1.json', 'frab-v1.xml', 'sessionize-v1.json', 'pretalx-v1.ics'].map((name) =>
      parseSchedule(fixture(name as 'frab-v1.xml'), { timeZone: EVENT_ZONE }),
    );
  process.env.TZ = 'UTC';
  const inUtc = read();
  for (const zone of ['Pacific/Kiritimati', 'America/St_Johns', 'Europe/Berlin']) {
    process.env.TZ = zone;
    expect(new Date(Date.UTC(2026, 2, 28)).getTimezoneOffset(), `the machine is in ${zone}`).not.toBe(0);
    expect(read()).toEqual(inUtc);
  }
});
