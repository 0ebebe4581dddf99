import { expect, test } from 'vitest';
import { talkOnNow } from './now';
import { parseSchedule } from './parse-schedule';
import { fixture } from './test-fixtures';

const talks = parseSchedule(fixture('pretalx-v2.ics')).talks;
const id = (title: string) => talks.find((t) => t.title === title)!.talkId;
const at = (iso: string) => Date.parse(iso);

test('during a talk: the talk, and how long ago it started', () => {
  const now = talkOnNow(talks, at('2026-03-28T14:12:30+01:00'));
  expect(now).toMatchObject({
    state: 'on',
    words: 'Lightning Talks & <Friends> · Saal 1 · started 12 min ago',
    alternatives: [],
  });
  expect(talkOnNow(talks, at('2026-03-28T14:00:20+01:00'))?.words).toBe(
    'Lightning Talks & <Friends> · Saal 1 · started just now',
  );
});

test('between talks: the next one, when it starts', () => {
  expect(talkOnNow(talks, at('2026-03-28T14:52:00+01:00'))).toMatchObject({
    state: 'next',
    words: 'Talk C · Saal 1 · starts in 8 min',
  });
  expect(talkOnNow(talks, at('2026-03-28T14:59:10+01:00'))?.words).toBe('Talk C · Saal 1 · starts in 1 min');
  expect(talkOnNow(talks, at('2026-03-28T12:30:00+01:00'))?.words).toBe(
    'Lightning Talks & <Friends> · Saal 1 · starts at 14:00',
  );
  expect(talkOnNow(talks, at('2026-03-28T20:00:00+01:00'))?.words).toBe(
    'Time Zones Are Hard · Saal 1 · starts Sun 09:30',
  );
  expect(talkOnNow(talks, at('2026-03-29T22:45:00+02:00'))?.words).toBe(
    'Late Night Lounge · Saal 1 · starts in 45 min',
  );
});

test('parallel talks: the picked one, else the room last written in, else the first; the others offered', () => {
  const ten = at('2026-03-28T10:05:00+01:00');
  expect(talkOnNow(talks, ten)).toMatchObject({
    talk: { title: 'Opening: Notes at the Edge' },
    alternatives: [{ room: 'Room 2' }],
  });
  expect(talkOnNow(talks, ten, { lastWritten: id('Talk C') })?.talk.room).toBe('Saal 1'); // Talk C moved to Saal 1
  expect(talkOnNow(talks, at('2026-03-29T10:40:00+02:00'), { lastWritten: id('Hands-on IndexedDB') })?.talk.title).toBe(
    'Offline First Workshop',
  );
  const picked = talkOnNow(talks, ten, {
    picked: [id('Parsing Calendars Without Tears (and iCalendar)')],
    lastWritten: id('Opening: Notes at the Edge'),
  });
  expect(picked?.words).toBe('Parsing Calendars Without Tears (and iCalendar) · Room 2 · started 5 min ago');
  // A pick for another slot does not count here.
  expect(talkOnNow(talks, ten, { picked: [id('Hands-on IndexedDB')] })?.talk.title).toBe('Opening: Notes at the Edge');
});

test('a cancelled talk is never on; after the last talk there is none', () => {
  // Recording Conferences (Room 2, 10:30) is cancelled in v2: the workshop beside it is on.
  const now = talkOnNow(talks, at('2026-03-29T10:35:00+02:00'), { lastWritten: id('Recording Conferences') });
  expect(now?.talk.title).toBe('Offline First Workshop');
  expect(talkOnNow(talks, at('2026-03-30T00:14:00+02:00'))?.words).toBe(
    'Late Night Lounge · Saal 1 · started 44 min ago',
  );
  expect(talkOnNow(talks, at('2026-03-30T00:15:00+02:00'))).toBeNull();
});

test('the next slot takes talks that start a few minutes apart', () => {
  const v1 = parseSchedule(fixture('pretalx-v1.json')).talks;
  const shifted = v1.map((t) => (t.title === 'Hands-on IndexedDB' ? { ...t, start: t.start + 5 * 60_000 } : t));
  const workshop = shifted.find((t) => t.title === 'Hands-on IndexedDB')!;
  const now = talkOnNow(shifted, at('2026-03-28T10:50:00+01:00'), { lastWritten: workshop.talkId });
  expect(now?.words).toBe('Hands-on IndexedDB · Workshop 3 · starts in 15 min');
  expect(now?.alternatives.map((t) => t.title)).toEqual(['Talk C']);
  expect(talkOnNow(shifted, at('2026-03-28T10:50:00+01:00'))?.talk.title).toBe('Talk C');
});
