import { describe, expect, test } from 'vitest';
import { parseSchedule } from './parse-schedule';
import type { Talk } from './talk';
import { EVENT_ZONE, fixture, V1_TALK_TITLES, type FixtureName } from './test-fixtures';

const at = (iso: string) => Date.parse(iso);
const FORMATS: [FixtureName, string][] = [
  ['pretalx-v1.json', 'frab-json'],
  ['frab-v1.xml', 'frab-xml'],
  ['sessionize-v1.json', 'sessionize'],
  ['pretalx-v1.ics', 'ical'],
];
const parse = (name: FixtureName) => parseSchedule(fixture(name), { timeZone: EVENT_ZONE });
const byTitle = (talks: Talk[], title: string) => talks.find((t) => t.title === title)!;

describe.each(FORMATS)('%s', (name, format) => {
  const schedule = parse(name);

  test('is read as its format, every talk in schedule order (service sessions and unscheduled ones left out)', () => {
    expect(schedule.format).toBe(format);
    expect(schedule.talks.map((t) => t.title)).toEqual(V1_TALK_TITLES);
  });

  test('keeps title, speakers, room, times with the time zone, day, page and abstract', () => {
    const b = byTitle(schedule.talks, 'Parsing Calendars Without Tears');
    expect(b).toMatchObject({
      speakers: ['Björn Ünicode', 'Chen Li'],
      room: 'Room 2',
      start: at('2026-03-28T10:00:00+01:00'),
      end: at('2026-03-28T10:40:00+01:00'),
      timeZone: EVENT_ZONE,
      day: '2026-03-28',
      abstract: 'Folding, escaping; commas, and\nnew lines.',
      status: 'confirmed',
    });
    if (format !== 'sessionize') expect(b.url).toBe('https://pretalx.example.org/demo26/talk/BBB222/');
    expect(b.talkId).not.toBe('');
    expect(byTitle(schedule.talks, 'Lightning Talks & <Friends>').speakers).toEqual([]);
  });

  test('reads day two after the clocks went forward (+02:00) and a talk past midnight under its day', () => {
    expect(byTitle(schedule.talks, 'Time Zones Are Hard').start).toBe(at('2026-03-29T09:30:00+02:00'));
    const late = byTitle(schedule.talks, 'Late Night Lounge');
    expect([late.start, late.end, late.day]).toEqual([
      at('2026-03-29T23:30:00+02:00'),
      at('2026-03-30T00:15:00+02:00'),
      '2026-03-29',
    ]);
  });
});

test('a pretalx schedule.json and its .ics give the same talks (ids aside), and so do the frab XML and Sessionize', () => {
  const comparable = (talks: Talk[], withUrl = true) =>
    talks.map(({ talkId: _id, url, ...rest }) => (withUrl ? { ...rest, url } : rest));
  const json = parse('pretalx-v1.json').talks;
  expect(comparable(parse('pretalx-v1.ics').talks)).toEqual(comparable(json));
  expect(comparable(parse('frab-v1.xml').talks)).toEqual(comparable(json));
  expect(comparable(parse('sessionize-v1.json').talks, false)).toEqual(comparable(json, false));
  for (const version of ['v1', 'v2'] as const) {
    expect(comparable(parse(`pretalx-${version}.ics`).talks.filter((t) => t.status === 'confirmed'))).toEqual(
      comparable(parse(`pretalx-${version}.json`).talks),
    );
  }
});

test('the .ics of the second version marks the cancelled talk; the others leave it out', () => {
  expect(
    parse('pretalx-v2.ics')
      .talks.filter((t) => t.status === 'cancelled')
      .map((t) => t.title),
  ).toEqual(['Recording Conferences']);
  for (const name of ['pretalx-v2.json', 'frab-v2.xml', 'sessionize-v2.json'] as const) {
    expect(parse(name).talks.map((t) => t.title)).not.toContain('Recording Conferences');
  }
});

test('the event title and zone come from the file', () => {
  expect(parse('pretalx-v1.json')).toMatchObject({ title: 'Demo Conf 2026', timeZone: EVENT_ZONE });
  expect(parse('pretalx-v1.ics')).toMatchObject({ title: 'Demo Conf 2026', timeZone: EVENT_ZONE });
});
