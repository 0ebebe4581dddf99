/** Malformed or foreign files: each refused as a whole, with one line that says what and where. */
import { describe, expect, test } from 'vitest';
import { parseSchedule } from './parse-schedule';
import { ScheduleError } from './talk';
import { EVENT_ZONE, fixture } from './test-fixtures';

function refusal(text: string, options: { timeZone?: string } = { timeZone: EVENT_ZONE }): string {
  try {
    parseSchedule(text, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ScheduleError);
    const message = (error as Error).message;
    expect(message, 'one line').not.toContain('\n');
    return message;
  }
  throw new Error('the file was accepted');
}

const pretalx = () => JSON.parse(fixture('pretalx-v1.json'));
const firstTalk = (data: any) => data.schedule.conference.days[0].rooms['Saal 1'][0];
const withTalk = (change: (talk: any) => void) => {
  const data = pretalx();
  change(firstTalk(data));
  return JSON.stringify(data);
};

describe('refused files', () => {
  test.each([
    ['an empty file', '', /^The file is empty\. Confnotes reads pretalx\/frab/],
    ['a text file', 'Talk A at 10:00', /^This file is not a schedule Confnotes knows/],
    ['broken JSON', '{"schedule": {', /^The file is not valid JSON \(/],
    ['JSON of another kind', '{"sessions": "none", "name": "x"}', /^This JSON is not a schedule Confnotes knows/],
    [
      'a frab file without days',
      '{"schedule": {"conference": {"title": "X"}}}',
      /^schedule\.json: the conference has no list of days$/,
    ],
    [
      'a talk without a title',
      withTalk((t) => {
        t.title = '';
      }),
      /^schedule\.json: day 2026-03-28, room "Saal 1", talk 1: has no title$/,
    ],
    [
      'a talk without a duration',
      withTalk((t) => {
        t.duration = 'soon';
      }),
      /talk 1 \("Opening: Notes at the Edge"\): has no end time or duration$/,
    ],
    [
      'a talk with a script address',
      withTalk((t) => {
        t.url = 'javascript:alert(1)';
      }),
      /talk 1 \("Opening: Notes at the Edge"\): the address "javascript:alert\(1\)" must be http or https$/,
    ],
    [
      'an unknown time zone',
      fixture('pretalx-v1.json').replace('"Europe/Berlin"', '"Mars/Olympus"'),
      /^schedule\.json: unknown time zone "Mars\/Olympus"$/,
    ],
    [
      'XML that is not well-formed',
      fixture('frab-v1.xml').replace('</title>', '</titel>'),
      /^schedule\.xml: is not well-formed XML \(line \d+: /,
    ],
    [
      'XML that is not a schedule',
      '<?xml version="1.0"?><rss><channel/></rss>',
      /^schedule\.xml: the root element is <rss>, not <schedule>$/,
    ],
    [
      'iCalendar that does not parse',
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nthis is no property\r\nEND:VEVENT\r\nEND:VCALENDAR',
      /^\.ics: is not valid iCalendar \(/,
    ],
    [
      'iCalendar without events',
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n',
      /^\.ics: has no events with a time$/,
    ],
    [
      'an event that ends before it starts',
      fixture('pretalx-v1.ics').replace(
        'DTEND;TZID=Europe/Berlin:20260328T104000',
        'DTEND;TZID=Europe/Berlin:20260328T094000',
      ),
      /^\.ics: talk 1 \("Opening: Notes at the Edge - Ada Example"\): ends before it starts$/,
    ],
    [
      'Sessionize with a broken time',
      fixture('sessionize-v1.json').replace('"startsAt": "2026-03-28T10:00:00"', '"startsAt": "tomorrow"'),
      /^Sessionize JSON: talk 2 \("Opening: Notes at the Edge"\): startsAt "tomorrow" is not a date and time$/,
    ],
  ])('%s', (_what, text, expected) => {
    expect(refusal(text)).toMatch(expected);
  });

  test("times without any zone ask for the event's zone", () => {
    expect(refusal(fixture('sessionize-v1.json'), {})).toBe(
      "Sessionize JSON: its times have no time zone; choose the event's time zone",
    );
    const noZone = fixture('frab-v1.xml').replace('<time_zone_name>Europe/Berlin</time_zone_name>', '');
    expect(refusal(noZone, {})).toMatch(
      /^schedule\.xml: day 2026-03-28, room "Saal 1", talk 1 \("Opening: Notes at the Edge"\): its time has no time zone; choose the event's time zone$/,
    );
    const floating = fixture('pretalx-v1.ics')
      .replace(/DTSTART;TZID=Europe\/Berlin/g, 'DTSTART')
      .replace(/DTEND;TZID=Europe\/Berlin/g, 'DTEND');
    expect(refusal(floating, {})).toMatch(
      /^\.ics: talk 1 .*: its time has no time zone; choose the event's time zone$/,
    );
  });
});

describe('times in files that name no IANA zone', () => {
  const A = Date.parse('2026-03-28T10:00:00+01:00');

  test('a floating time is read in the zone the user chose', () => {
    const floating = fixture('pretalx-v1.ics').replace(/;TZID=Europe\/Berlin/g, '');
    expect(parseSchedule(floating, { timeZone: 'Asia/Kolkata' }).talks[0]!.start).toBe(
      Date.parse('2026-03-28T10:00:00+05:30'),
    );
  });

  test('a floating time in a calendar that names its zone (X-WR-TIMEZONE) is read there; DURATION instead of DTEND', () => {
    const floating = fixture('pretalx-v1.ics')
      .replace(/;TZID=Europe\/Berlin/g, '')
      .replace('X-WR-CALNAME', 'X-WR-TIMEZONE:Asia/Kolkata\r\nX-WR-CALNAME')
      .replace('DTEND:20260328T104000', 'DURATION:PT1H5M');
    const first = parseSchedule(floating).talks[0]!;
    expect([first.start, first.end, first.timeZone]).toEqual([
      Date.parse('2026-03-28T10:00:00+05:30'),
      Date.parse('2026-03-28T11:05:00+05:30'),
      'Asia/Kolkata',
    ]);
  });

  test("a TZID that is no IANA name is read by the file's own VTIMEZONE", () => {
    const outlook = fixture('pretalx-v1.ics').replaceAll('Europe/Berlin', 'W. Europe Standard Time');
    const talks = parseSchedule(outlook).talks;
    expect(talks[0]!.start).toBe(A);
    expect(talks.find((t) => t.title === 'Time Zones Are Hard')!.start).toBe(Date.parse('2026-03-29T09:30:00+02:00'));
  });

  test('UTC times stay UTC; a JSON date with only an offset keeps the offset as the zone', () => {
    const utc = fixture('pretalx-v1.ics').replace(
      'DTSTART;TZID=Europe/Berlin:20260328T100000',
      'DTSTART:20260328T090000Z',
    );
    expect(parseSchedule(utc).talks[0]!.start).toBe(A);
    const offsetOnly = fixture('pretalx-v1.json').replace('"time_zone_name": "Europe/Berlin",', '');
    const talk = parseSchedule(offsetOnly).talks[0]!;
    expect([talk.start, talk.timeZone, talk.day]).toEqual([A, '+01:00', '2026-03-28']);
  });
});

test('a talk in two slots becomes two talks with distinct ids', () => {
  const data = pretalx();
  const rooms = data.schedule.conference.days[1].rooms;
  rooms['Room 2'].push({ ...firstTalk(data), date: '2026-03-29T16:00:00+02:00', room: 'Room 2' });
  const ids = parseSchedule(JSON.stringify(data))
    .talks.filter((t) => t.title === 'Opening: Notes at the Edge')
    .map((t) => t.talkId);
  expect(ids).toEqual(['6f1c2a10-0000-4000-8000-00000000000a', '6f1c2a10-0000-4000-8000-00000000000a#2']);
});
