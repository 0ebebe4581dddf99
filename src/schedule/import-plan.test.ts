import { expect, test } from 'vitest';
import type { Section } from '../model/types';
import { planScheduleImport, type ScheduleImportPlan } from './import-plan';
import { parseSchedule } from './parse-schedule';
import { EVENT_ZONE, fixture, V1_TALK_TITLES, type FixtureName } from './test-fixtures';

const read = (name: FixtureName) => parseSchedule(fixture(name), { timeZone: EVENT_ZONE });
let ids = 0;
const ctx = { sessionId: 's1', now: 1_800_000_000_000, newId: () => `new-${++ids}` };
const free = (id: string, title: string, order: number): Section => ({
  id,
  sessionId: 's1',
  title,
  speaker: '',
  order,
  createdAt: 1,
  updatedAt: 1,
});

/** The session's sections after writing the plan. */
function apply(sections: readonly Section[], plan: ScheduleImportPlan): Section[] {
  const byId = new Map(sections.map((s) => [s.id, s]));
  for (const s of plan.put) byId.set(s.id, s);
  return [...byId.values()].sort((a, b) => a.order - b.order);
}

const start = [free('open', 'Open Spaces', 1024), free('hallway', 'Hallway track', 2048)];
const first = apply(start, planScheduleImport(start, read('pretalx-v1.json'), {}, ctx));

test('a first import adds one section per talk, in schedule order, after the sections already there', () => {
  expect(first.map((s) => s.title)).toEqual(['Open Spaces', 'Hallway track', ...V1_TALK_TITLES]);
  expect(first[3]).toMatchObject({
    sessionId: 's1',
    speaker: 'Björn Ünicode, Chen Li',
    schedule: { room: 'Room 2', status: 'confirmed' },
  });
});

test('a re-import updates the known talks in place and puts the new one after the talk before it', () => {
  const plan = planScheduleImport(first, read('pretalx-v2.json'), {}, ctx);
  expect(plan.summary).toEqual({
    added: 1,
    unchanged: 6,
    changes: { moved: 1, room: 1, renamed: 1, speakers: 0, details: 0, cancelled: 1, confirmed: 0 },
  });
  expect(plan.put).toHaveLength(4);
  const after = apply(first, plan);
  expect(after.map((s) => `${s.title}${s.schedule?.status === 'cancelled' ? ' (cancelled)' : ''}`).slice(2)).toEqual([
    'Opening: Notes at the Edge',
    'Parsing Calendars Without Tears (and iCalendar)',
    'Talk C',
    'Hands-on IndexedDB',
    'Lightning Talks & <Friends>',
    'Time Zones Are Hard',
    'Recording Conferences (cancelled)',
    'Offline First Workshop',
    'Closing',
    'Late Night Lounge',
  ]);
  const again = planScheduleImport(after, read('pretalx-v2.ics'), {}, ctx);
  expect([again.put, again.summary.added, again.summary.unchanged]).toEqual([[], 0, 10]);
});

test("the user's own title and speaker line are kept; the schedule's change is still recorded", () => {
  const edited = first.map((s) =>
    s.title === 'Parsing Calendars Without Tears' ? { ...s, title: 'Calendars', speaker: 'Björn & Chen' } : s,
  );
  const section = apply(edited, planScheduleImport(edited, read('pretalx-v2.json'), {}, ctx)).find(
    (s) => s.id === edited[3]!.id,
  )!;
  expect([section.title, section.speaker]).toEqual(['Calendars', 'Björn & Chen']);
  expect(section.schedule?.talkId).toBe(edited[3]!.schedule!.talkId);
});

test('a talk earlier than every known one goes before the first talk; neighbours too close are renumbered', () => {
  const known = first.filter((s) => s.title !== 'Opening: Notes at the Edge');
  // The hallway section sits right before the first talk, with no float between their orders.
  const orders: Record<string, number> = { open: 0.5, hallway: 1, [known[2]!.id]: 1 + Number.EPSILON };
  const tight = known.map((s) => ({ ...s, order: orders[s.id] ?? s.order }));
  const plan = planScheduleImport(tight, read('pretalx-v1.json'), {}, ctx);
  const after = apply(tight, plan);
  expect(after.slice(0, 4).map((s) => s.title)).toEqual([
    'Open Spaces',
    'Hallway track',
    'Opening: Notes at the Edge',
    'Parsing Calendars Without Tears',
  ]);
  expect(plan.put.length).toBe(tight.length + 1);
  expect(new Set(after.map((s) => s.order)).size).toBe(after.length);
});

test('filters choose which new talks become sections', () => {
  const plan = planScheduleImport(start, read('sessionize-v1.json'), { rooms: ['Room 2'], days: ['2026-03-28'] }, ctx);
  expect(
    apply(start, plan)
      .map((s) => s.title)
      .slice(2),
  ).toEqual(['Parsing Calendars Without Tears', 'Talk C']);
});
