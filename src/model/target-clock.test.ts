/** The target rule with the event's schedule and an injected clock: every case of "the talk on now". */
import { describe, expect, test } from 'vitest';
import type { Section, SectionSchedule } from './types';
import { followAfterChoosing, keepsClock, noteTarget, type ClockView } from './target';

const MIN = 60_000;
const T0 = Date.parse('2026-03-28T09:00:00Z'); // 10:00 in Berlin

function scheduled(id: string, room: string, startMin: number, endMin: number, extra: Partial<SectionSchedule> = {}) {
  const schedule: SectionSchedule = {
    talkId: `t-${id}`,
    title: `Talk ${id}`,
    speakers: [],
    room,
    start: T0 + startMin * MIN,
    end: T0 + endMin * MIN,
    timeZone: 'Europe/Berlin',
    day: '2026-03-28',
    url: '',
    abstract: '',
    status: 'confirmed',
    ...extra,
  };
  return { id, sessionId: 's', title: `Talk ${id}`, speaker: '', schedule, order: 0, createdAt: 0, updatedAt: 0 };
}
const open: Section = {
  id: 'open',
  sessionId: 's',
  title: 'Open Spaces',
  speaker: '',
  order: 0,
  createdAt: 0,
  updatedAt: 0,
};
// 10:00 A (Saal 1) beside B (Room 2); 11:00 C (Room 2) beside D (Saal 1); E cancelled at 12:00; F at 13:00.
const sections: Section[] = [
  open,
  scheduled('A', 'Saal 1', 0, 40),
  scheduled('B', 'Room 2', 0, 40),
  scheduled('C', 'Room 2', 60, 105),
  scheduled('D', 'Saal 1', 60, 100),
  scheduled('E', 'Saal 1', 120, 150, { status: 'cancelled' }),
  scheduled('F', 'Saal 1', 180, 210),
];
const following = { declinedVideoId: null };
const chose = (sectionId: string | null) => ({ sessionId: 's', sectionId });
const clock = (minutes: number, choice: ClockView['choice'] = {}): ClockView => ({ now: T0 + minutes * MIN, choice });
const video = { source: { kind: 'youtube' as const, videoId: 'aaaaaaaaaaa' }, title: 'On YouTube', moment: null };

describe('noteTarget by the clock', () => {
  test('the talk on now, the first of its slot by default, with the words the note box shows and the other talk', () => {
    expect(noteTarget(null, chose('open'), following, sections, clock(12))).toEqual({
      kind: 'scheduled',
      sectionId: 'A',
      title: 'Talk A',
      talkId: 't-A',
      state: 'on',
      words: 'Talk A · Saal 1 · started 12 min ago',
      alternatives: [{ sectionId: 'B', talkId: 't-B', title: 'Talk B', room: 'Room 2' }],
    });
  });

  test('the talk picked for the slot wins; else the room last written in', () => {
    expect(noteTarget(null, chose(null), following, sections, clock(12, { picked: ['t-B'] }))).toMatchObject({
      sectionId: 'B',
      alternatives: [{ sectionId: 'A' }],
    });
    expect(noteTarget(null, chose(null), following, sections, clock(70, { lastWritten: 't-B' }))).toMatchObject({
      sectionId: 'C',
      words: 'Talk C · Room 2 · started 10 min ago',
    });
  });

  test('between talks, the next one; a cancelled talk is never on', () => {
    expect(noteTarget(null, chose(null), following, sections, clock(52))).toMatchObject({
      sectionId: 'C',
      state: 'next',
      words: 'Talk C · Room 2 · starts in 8 min',
      alternatives: [{ sectionId: 'D' }],
    });
    expect(noteTarget(null, chose(null), following, sections, clock(125))).toMatchObject({
      sectionId: 'F',
      state: 'next',
      words: 'Talk F · Saal 1 · starts in 55 min',
    });
  });

  test('the section title the user gave is what the note box says', () => {
    const renamed = sections.map((s) => (s.id === 'A' ? { ...s, title: 'Opening (my notes)' } : s));
    expect(noteTarget(null, chose(null), following, renamed, clock(1))).toMatchObject({
      title: 'Opening (my notes)',
      words: 'Opening (my notes) · Saal 1 · started 1 min ago',
    });
  });

  test('a declined talk on now gives the chosen section; its own section chosen, it is followed again', () => {
    const declined = { declinedVideoId: null, declinedTalkId: 't-A' };
    expect(noteTarget(null, chose('open'), declined, sections, clock(12))).toEqual({
      kind: 'section',
      sectionId: 'open',
      title: 'Open Spaces',
    });
    expect(noteTarget(null, chose('A'), declined, sections, clock(12))).toMatchObject({ kind: 'scheduled' });
    // The next talk is not declined.
    expect(noteTarget(null, chose('open'), declined, sections, clock(61))).toMatchObject({ sectionId: 'C' });
  });

  test('a talk showing in the context tab wins over the schedule', () => {
    expect(noteTarget(video, chose('open'), following, sections, clock(12))).toMatchObject({ kind: 'talk' });
  });

  test('after the last talk, without a schedule, or without a clock: the chosen section', () => {
    expect(noteTarget(null, chose('open'), following, sections, clock(300))).toMatchObject({ sectionId: 'open' });
    expect(noteTarget(null, chose('open'), following, [open], clock(12))).toMatchObject({ sectionId: 'open' });
    expect(noteTarget(null, chose('open'), following, sections)).toMatchObject({ sectionId: 'open' });
  });
});

describe('followAfterChoosing with the talk on now', () => {
  const onNow = { talkId: 't-A', slot: ['t-A', 't-B'] };
  test('a section outside the slot declines the talk on now; one of the slot (or none on) follows', () => {
    expect(followAfterChoosing('open', null, sections, onNow)).toEqual({
      declinedVideoId: null,
      declinedTalkId: 't-A',
    });
    expect(followAfterChoosing('C', null, sections, onNow)).toEqual({ declinedVideoId: null, declinedTalkId: 't-A' });
    expect(followAfterChoosing('B', null, sections, onNow)).toEqual({ declinedVideoId: null });
    expect(followAfterChoosing('open', null, sections, null)).toEqual({ declinedVideoId: null });
  });
  test('a talk showing is declined as before, whatever the schedule', () => {
    expect(followAfterChoosing('open', 'aaaaaaaaaaa', sections, onNow)).toEqual({ declinedVideoId: 'aaaaaaaaaaa' });
  });
});

test('a note keeps its clock moment within an hour of its scheduled talk, never in a free section', () => {
  const a = sections[1]!;
  expect(keepsClock(a, T0 - 60 * MIN)).toBe(true);
  expect(keepsClock(a, T0 - 61 * MIN)).toBe(false);
  expect(keepsClock(a, T0 + 100 * MIN)).toBe(true);
  expect(keepsClock(a, T0 + 101 * MIN)).toBe(false);
  expect(keepsClock(open, T0)).toBe(false);
});
