import { expect, test } from 'vitest';
import type { Note, Section } from '../model/types';
import { mergeSchedule } from './merge';
import { talkOnNow } from './now';
import { parseSchedule } from './parse-schedule';
import { clockLabelOf, sectionFieldsOf, talkOf, talksOf } from './section-talk';
import { EVENT_ZONE, fixture } from './test-fixtures';

const v1 = parseSchedule(fixture('pretalx-v1.json'));
const sections: Section[] = v1.talks.map((talk, i) => ({
  id: `sec${i}`,
  sessionId: 's',
  order: (v1.talks.length - i) * 1024,
  createdAt: 0,
  updatedAt: 0,
  ...sectionFieldsOf(talk),
}));

test('a talk becomes a section and reads back as the same talk', () => {
  const b = sections.find((s) => s.title === 'Parsing Calendars Without Tears')!;
  expect(b.speaker).toBe('Björn Ünicode, Chen Li');
  expect(talkOf(b)).toEqual(v1.talks.find((t) => t.title === b.title));
  const renamed: Section = { ...b, title: 'My own title' };
  expect(talkOf(renamed)?.title).toBe('Parsing Calendars Without Tears');
  expect(talkOf({})).toBeNull();
});

test('sections feed the re-import and "talk on now" in their own order, free sections left out', () => {
  const withFree = [
    ...sections,
    { id: 'free', sessionId: 's', title: 'Open Spaces', speaker: '', order: 1, createdAt: 0, updatedAt: 0 },
  ];
  const talks = talksOf(withFree);
  expect(talks.map((t) => t.title)).toEqual(v1.talks.map((t) => t.title).reverse());
  expect(mergeSchedule(talks, parseSchedule(fixture('pretalx-v1.ics'))).added).toEqual([]);
  expect(talkOnNow(talks, Date.parse('2026-03-29T09:40:00+02:00'))?.words).toBe(
    'Time Zones Are Hard · Saal 1 · started 10 min ago',
  );
});

test('a clock-stamped note shows its time into the talk', () => {
  const f = sections.find((s) => s.title === 'Time Zones Are Hard')!;
  const note: Note = {
    id: 'n',
    sessionId: 's',
    sectionId: f.id,
    order: 1,
    createdAt: 0,
    updatedAt: 0,
    kind: 'text',
    text: 'DST!',
    clock: { at: Date.parse('2026-03-29T09:42:05+02:00'), timeZone: EVENT_ZONE },
  };
  expect(clockLabelOf(note, f)).toBe('+12:05');
  expect(clockLabelOf({ ...note, clock: undefined }, f)).toBeNull();
  expect(clockLabelOf(note, { schedule: undefined })).toBeNull();
});
