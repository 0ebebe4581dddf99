import { expect, it } from 'vitest';
import { exportBackup } from '../backup/export';
import { parseBackup } from '../backup/validate';
import { parseSchedule } from '../schedule/parse-schedule';
import { EVENT_ZONE, fixture, V1_TALK_TITLES, type FixtureName } from '../schedule/test-fixtures';
import { dumpAll, freshStore } from './test-support';

const read = (name: FixtureName) => parseSchedule(fixture(name), { timeZone: EVENT_ZONE });

async function eventWithNotes() {
  const env = await freshStore();
  const session = await env.store.createSession({
    title: 'Demo Conf 2026',
    date: '2026-03-28',
    description: '',
    tags: [],
    categories: [],
  });
  const open = await env.store.addSection(session.id, { title: 'Open Spaces' });
  await env.store.addNote(session.id, open.id, { kind: 'text', text: 'before the schedule' });
  return { ...env, session };
}

it('imports a schedule as sections, re-imports it without doubling, and keeps the notes of a cancelled talk', async () => {
  const { store, session, db } = await eventWithNotes();
  expect(await store.importSchedule(session.id, read('pretalx-v1.json'))).toMatchObject({ added: 9, unchanged: 0 });
  const sections = await store.listSections(session.id);
  expect(sections.map((s) => s.title)).toEqual(['Open Spaces', ...V1_TALK_TITLES]);
  const recording = sections.find((s) => s.title === 'Recording Conferences')!;
  await store.addNote(session.id, recording.id, { kind: 'text', text: 'great camera work' });

  const summary = await store.importSchedule(session.id, read('pretalx-v2.ics'));
  expect(summary).toMatchObject({ added: 1, unchanged: 6, changes: { moved: 1, renamed: 1, cancelled: 1 } });
  const after = await store.loadSession(session.id);
  expect(after?.sections.map((s) => s.title).slice(-3)).toEqual([
    'Offline First Workshop',
    'Closing',
    'Late Night Lounge',
  ]);
  const cancelled = after!.sections.find((s) => s.id === recording.id)!;
  expect(cancelled.schedule?.status).toBe('cancelled');
  expect(after!.notesBySection.get(recording.id)?.map((n) => n.kind === 'text' && n.text)).toEqual([
    'great camera work',
  ]);

  const before = await dumpAll(db);
  expect(await store.importSchedule(session.id, read('pretalx-v2.json'))).toMatchObject({ added: 0, unchanged: 10 });
  expect(await dumpAll(db)).toEqual(before);

  // What an import writes is what a backup carries.
  const check = parseBackup(await exportBackup(db));
  expect(check.ok ? check.backup.sessions[0]!.sections.filter((s) => s.schedule).length : check.problems).toBe(10);
});

it('adds only the filtered days and rooms; a missing session is refused and nothing changes', async () => {
  const { store, session, db } = await eventWithNotes();
  await store.importSchedule(session.id, read('frab-v1.xml'), { days: ['2026-03-29'], rooms: ['Saal 1'] });
  expect((await store.listSections(session.id)).map((s) => s.title)).toEqual([
    'Open Spaces',
    'Time Zones Are Hard',
    'Late Night Lounge',
  ]);
  const before = await dumpAll(db);
  await expect(store.importSchedule('gone', read('frab-v1.xml'))).rejects.toThrow('This session no longer exists.');
  expect(await dumpAll(db)).toEqual(before);
});
