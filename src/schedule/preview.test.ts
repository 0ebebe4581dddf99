import { expect, it } from 'vitest';
import { freshStore } from '../store/test-support';
import { parseSchedule } from './parse-schedule';
import { previewScheduleImport, slotWords } from './preview';
import { EVENT_ZONE, fixture, type FixtureName } from './test-fixtures';

const read = (name: FixtureName) => parseSchedule(fixture(name), { timeZone: EVENT_ZONE });

async function sessionWith(name: FixtureName) {
  const { store } = await freshStore();
  const session = await store.createSession({ title: 'Demo', date: '', description: '', tags: [], categories: [] });
  await store.importSchedule(session.id, read(name));
  return store.listSections(session.id);
}

it('into an empty session, every talk of the filtered days and rooms is new; days and rooms list the whole file', () => {
  const preview = previewScheduleImport([], read('pretalx-v1.json'), { rooms: ['Saal 1'] });
  expect(preview.days).toEqual(['2026-03-28', '2026-03-29']);
  expect(preview.rooms).toEqual(['Saal 1', 'Room 2', 'Workshop 3']);
  expect(preview.added.every((l) => l.words.startsWith('Saal 1 · '))).toBe(true);
  expect(preview.added[0]).toMatchObject({ title: 'Opening: Notes at the Edge', words: 'Saal 1 · Sat 28 Mar 10:00' });
  expect([preview.moved, preview.renamed, preview.cancelled, preview.updated].flat()).toEqual([]);
});

it('a re-import says what is new, moved, renamed and cancelled, and is what the import then does', async () => {
  const sections = await sessionWith('pretalx-v1.json');
  const preview = previewScheduleImport(sections, read('pretalx-v2.json'));
  expect(preview.added.map((l) => l.title)).toEqual(['Closing']);
  expect(preview.moved).toHaveLength(1);
  expect(preview.moved[0]!.words).toMatch(/^\w{3} \d+ \w{3} \d\d:\d\d → \w{3} \d+ \w{3} \d\d:\d\d/);
  expect(preview.renamed.map((l) => l.words)).toEqual(['was “Parsing Calendars Without Tears”']);
  expect(preview.cancelled.map((l) => l.title)).toEqual(['Recording Conferences']);
  expect(preview.unchanged).toBe(6);

  const again = previewScheduleImport(await sessionWith('pretalx-v2.json'), read('pretalx-v2.json'));
  expect([again.added, again.moved, again.renamed, again.cancelled, again.updated].flat()).toEqual([]);
});

it('says a slot in the event’s zone, whatever the machine’s', () => {
  const start = Date.parse('2026-03-29T08:30:00Z'); // summer time began that night in Berlin
  expect(slotWords(start, 'Europe/Berlin')).toBe('Sun 29 Mar 10:30');
  expect(slotWords(start, 'America/New_York')).toBe('Sun 29 Mar 04:30');
});
