import { describe, expect, test } from 'vitest';
import { mergeSchedule, passes, titleAfter } from './merge';
import { parseSchedule } from './parse-schedule';
import type { Talk } from './talk';
import { EVENT_ZONE, fixture, type FixtureName } from './test-fixtures';

const read = (name: FixtureName) => parseSchedule(fixture(name), { timeZone: EVENT_ZONE });
const titles = (talks: Talk[]) => talks.map((t) => t.title);
const firstImport = (name: FixtureName, filter = {}) => mergeSchedule([], read(name), filter).added.map((a) => a.talk);

describe('first import', () => {
  test('adds every talk in schedule order, each after the one before it', () => {
    const merge = mergeSchedule([], read('pretalx-v1.json'));
    expect(merge.added).toHaveLength(9);
    expect(merge.added.slice(0, 3).map((a) => [a.talk.title, a.after])).toEqual([
      ['Opening: Notes at the Edge', null],
      ['Parsing Calendars Without Tears', '6f1c2a10-0000-4000-8000-00000000000a'],
      ['Talk C', '6f1c2a10-0000-4000-8000-00000000000b'],
    ]);
  });

  test('filters by day and by room', () => {
    expect(titles(firstImport('pretalx-v1.json', { days: ['2026-03-29'] }))).toEqual([
      'Time Zones Are Hard',
      'Recording Conferences',
      'Offline First Workshop',
      'Late Night Lounge',
    ]);
    expect(titles(firstImport('pretalx-v1.json', { rooms: ['Saal 1', 'Workshop 3'], days: ['2026-03-28'] }))).toEqual([
      'Opening: Notes at the Edge',
      'Hands-on IndexedDB',
      'Lightning Talks & <Friends>',
    ]);
    expect(passes(read('pretalx-v1.json').talks[0]!, { rooms: [] })).toBe(true);
  });
});

describe.each([
  ['pretalx-v1.json', 'pretalx-v2.json'],
  ['frab-v1.xml', 'frab-v2.xml'],
  ['sessionize-v1.json', 'sessionize-v2.json'],
  ['pretalx-v1.ics', 'pretalx-v2.ics'],
] as const)('re-importing %s as %s', (v1, v2) => {
  const known = firstImport(v1);
  const merge = mergeSchedule(known, read(v2));
  const update = (title: string) => merge.updated.find((u) => u.before.title === title);

  test('marks the moved, renamed and cancelled talks, and adds the new one', () => {
    expect(update('Talk C')).toMatchObject({
      changes: ['moved', 'room'],
      after: { room: 'Saal 1', start: Date.parse('2026-03-28T15:00:00+01:00') },
    });
    expect(update('Parsing Calendars Without Tears')).toMatchObject({
      changes: ['renamed'],
      after: { title: 'Parsing Calendars Without Tears (and iCalendar)' },
    });
    expect(update('Recording Conferences')).toMatchObject({
      changes: ['cancelled'],
      after: { status: 'cancelled', title: 'Recording Conferences' },
    });
    expect(merge.updated).toHaveLength(3);
    expect(merge.unchanged).toHaveLength(6);
    expect(merge.added.map((a) => [a.talk.title, a.after])).toEqual([
      ['Closing', known.find((t) => t.title === 'Offline First Workshop')!.talkId],
    ]);
  });

  test('importing the same version again changes nothing and adds nothing', () => {
    const again = mergeSchedule(known, read(v1));
    expect([again.added, again.updated, again.unchanged.length]).toEqual([[], [], 9]);
  });

  test('a cancelled talk that comes back is confirmed again', () => {
    const cancelled = known.map((t) => (t.title === 'Talk C' ? { ...t, status: 'cancelled' as const } : t));
    expect(mergeSchedule(cancelled, read(v1)).updated.map((u) => [u.before.title, u.changes])).toEqual([
      ['Talk C', ['confirmed']],
    ]);
  });
});

test('the same event in another format matches by page address: nothing doubles', () => {
  const known = firstImport('pretalx-v1.json');
  const merge = mergeSchedule(known, read('pretalx-v2.ics'));
  expect(merge.added.map((a) => a.talk.title)).toEqual(['Closing']);
  expect(merge.updated.map((u) => [u.talkId, u.changes])).toEqual([
    ['6f1c2a10-0000-4000-8000-00000000000b', ['renamed']],
    ['6f1c2a10-0000-4000-8000-00000000000c', ['moved', 'room']],
    ['6f1c2a10-0000-4000-8000-000000000010', ['cancelled']],
  ]);
});

test('filters choose new talks only: known talks are updated wherever they moved', () => {
  const known = firstImport('pretalx-v1.json', { rooms: ['Room 2'] });
  const merge = mergeSchedule(known, read('pretalx-v2.json'), { rooms: ['Room 2'] });
  expect(merge.updated.find((u) => u.before.title === 'Talk C')?.after.room).toBe('Saal 1');
  expect(merge.added.map((a) => a.talk.title)).toEqual(['Closing']);
});

test('a re-import renames a section unless the user renamed it', () => {
  const merge = mergeSchedule(firstImport('pretalx-v1.json'), read('pretalx-v2.json'));
  const renamed = merge.updated.find((u) => u.changes.includes('renamed'))!;
  expect(titleAfter('Parsing Calendars Without Tears', renamed)).toBe(
    'Parsing Calendars Without Tears (and iCalendar)',
  );
  expect(titleAfter('Calendars (my title)', renamed)).toBe('Calendars (my title)');
});
