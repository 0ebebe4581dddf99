/** The other shapes the same formats come in: Sessionize's "Sessions" and "Schedule Grid" views, older frab XML. */
import { expect, test } from 'vitest';
import { parseSchedule } from './parse-schedule';
import { ScheduleError } from './talk';
import { EVENT_ZONE, fixture } from './test-fixtures';

const allData = JSON.parse(fixture('sessionize-v1.json'));
const expected = parseSchedule(fixture('sessionize-v1.json'), { timeZone: EVENT_ZONE }).talks;
const speakerName = new Map<string, string>(allData.speakers.map((s: any) => [s.id, s.fullName]));
const roomName = new Map<number, string>(allData.rooms.map((r: any) => [r.id, r.name]));
/** A session as the Sessions and Grid views write it: speakers and room inline. */
const inline = (s: any) => ({
  ...s,
  speakers: s.speakers.map((id: string) => ({ id, name: speakerName.get(id) })),
  room: roomName.get(s.roomId) ?? null,
});

test('Sessionize "Sessions" view (groups of sessions, speakers inline) gives the same talks', () => {
  const groups = [{ groupId: null, groupName: 'All', sessions: allData.sessions.map(inline) }];
  expect(parseSchedule(JSON.stringify(groups), { timeZone: EVENT_ZONE }).talks).toEqual(expected);
});

test('Sessionize "Schedule Grid" view (days of rooms of sessions; a plenary in every room) gives the same talks', () => {
  const scheduled = allData.sessions.filter((s: any) => s.startsAt).map(inline);
  const days = [...new Set<string>(scheduled.map((s: any) => s.startsAt.slice(0, 10)))].map((date) => ({
    date: `${date}T00:00:00`,
    isDefault: false,
    rooms: allData.rooms.map((r: any) => ({
      id: r.id,
      name: r.name,
      // The grid repeats a plenary session in every room; the registration desk is one here.
      sessions: scheduled
        .filter((s: any) => s.startsAt.startsWith(date) && (s.roomId === r.id || s.isPlenumSession))
        .map(({ room: _room, ...s }: any) => s),
    })),
    timeSlots: [],
  }));
  const talks = parseSchedule(JSON.stringify(days), { timeZone: EVENT_ZONE }).talks;
  expect(talks).toEqual(expected);
});

test('frab XML without dates: a talk before the day starts is after midnight, on the next date, under its day', () => {
  const xml = fixture('frab-v1.xml').replace(
    '<start>23:30</start>\n        <duration>00:45</duration>',
    '<start>01:30</start>\n        <duration>00:45</duration>',
  );
  const late = parseSchedule(xml).talks.find((t) => t.title === 'Late Night Lounge')!;
  expect([late.start, late.day]).toEqual([Date.parse('2026-03-30T01:30:00+02:00'), '2026-03-29']);
});

test('titles, rooms and names stay on one line; refusals too, whatever the file quotes', () => {
  const data = JSON.parse(fixture('pretalx-v1.json'));
  const talk = data.schedule.conference.days[0].rooms['Saal 1'][0];
  Object.assign(talk, {
    title: 'Opening:\n  Notes\tat the Edge',
    room: 'Saal\n1',
    persons: [{ public_name: 'Ada\r\nExample' }],
  });
  const first = parseSchedule(JSON.stringify(data)).talks[0]!;
  expect([first.title, first.room, first.speakers]).toEqual(['Opening: Notes at the Edge', 'Saal 1', ['Ada Example']]);
  talk.url = 'ftp://files.example.org/\nslides';
  const error = (() => {
    try {
      parseSchedule(JSON.stringify(data));
    } catch (e) {
      return e as Error;
    }
    return null;
  })();
  expect(error).toBeInstanceOf(ScheduleError);
  expect(error?.message).toBe(
    'schedule.json: day 2026-03-28, room "Saal 1", talk 1 ("Opening: Notes at the Edge"): the address "ftp://files.example.org/ slides" must be http or https',
  );
});
