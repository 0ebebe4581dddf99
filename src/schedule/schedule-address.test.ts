import { expect, test } from 'vitest';
import { parseSchedule } from './parse-schedule';
import { scheduleAddress } from './schedule-address';

test('an export address is fetched as it is, asking for its origin only', () => {
  expect(scheduleAddress(' https://sessionize.com/api/v2/abcd1234/view/All ')).toEqual({
    url: 'https://sessionize.com/api/v2/abcd1234/view/All',
    origin: 'https://sessionize.com/*',
  });
  expect(scheduleAddress('https://fahrplan.example.org:8443/conf/schedule.xml#day2')).toEqual({
    url: 'https://fahrplan.example.org:8443/conf/schedule.xml',
    origin: 'https://fahrplan.example.org/*',
  });
});

test('a pretalx event page becomes its schedule.json export', () => {
  for (const page of [
    'https://pretalx.com/demo26/',
    'https://pretalx.com/demo26/schedule/',
    'https://pretalx.com/demo26',
  ]) {
    expect(scheduleAddress(page).url).toBe('https://pretalx.com/demo26/schedule/export/schedule.json');
  }
  expect(scheduleAddress('https://pretalx.com/demo26/schedule/export/schedule.ics').url).toBe(
    'https://pretalx.com/demo26/schedule/export/schedule.ics',
  );
  expect(scheduleAddress('https://example.org/demo26/').url).toBe('https://example.org/demo26/');
});

test('anything else is refused with one line', () => {
  expect(() => scheduleAddress('pretalx.com/demo26')).toThrow('"pretalx.com/demo26" is not a web address');
  expect(() => scheduleAddress('file:///home/me/schedule.json')).toThrow(
    'The schedule address must start with https:// or http://',
  );
  expect(() => scheduleAddress('javascript:alert(1)')).toThrow('must start with https://');
});

test('a web page fetched instead of a schedule is named as such', () => {
  expect(() => parseSchedule('<!DOCTYPE html>\n<html><head><title>Schedule</title></head></html>')).toThrow(
    /^This is a web page, not a schedule file\. Use the schedule's export link: Confnotes reads/,
  );
  expect(() => parseSchedule('<html lang="en"><body>hi</body></html>')).toThrow(/^This is a web page/);
});
