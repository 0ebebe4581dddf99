import { expect, it } from 'vitest';
import type { Follow, Selection } from '../model/context';
import { FOLLOWING } from '../model/context';
import { alignAt, videoMomentOf } from '../schedule/clock';
import { fixture } from '../schedule/test-fixtures';
import { freshStore } from '../store/test-support';
import type { Change } from './changes';
import { createOwner } from './owner';

const at = (iso: string) => Date.parse(iso);

/** An owner over a fresh store with the clock in the test's hand, and the session it imports into. */
async function event() {
  const { store, db } = await freshStore();
  const changes: Change[] = [];
  let selection: Selection = { sessionId: null, sectionId: null };
  let follow: Follow = FOLLOWING;
  const clock = { now: at('2026-03-28T09:12:05Z') };
  const owner = createOwner({
    store,
    selection: { load: async () => selection, save: async (s) => void (selection = s) },
    follow: { load: async () => follow, save: async (f) => void (follow = f) },
    talk: async () => null,
    announce: (c) => changes.push(c),
    now: () => clock.now,
    timeZone: () => 'Asia/Tokyo',
  });
  const session = await owner.createSession({ title: 'Demo', date: '', description: '', tags: [], categories: [] });
  changes.length = 0;
  const request = (name: 'pretalx-v1.json' | 'pretalx-v2.json' | 'frab-v1.xml') => ({
    sessionId: session.id,
    text: fixture(name),
  });
  return { store, db, owner, session, changes, clock, request, follow: () => follow };
}

it('previews an import, writes nothing, then imports it and announces every section written in one change', async () => {
  const { owner, store, session, changes, request } = await event();
  const preview = await owner.previewSchedule({ ...request('pretalx-v1.json'), filter: { rooms: ['Saal 1'] } });
  expect(preview.added.map((l) => l.title)).toEqual([
    'Opening: Notes at the Edge',
    'Lightning Talks & <Friends>',
    'Time Zones Are Hard',
    'Late Night Lounge',
  ]);
  expect(await store.listSections(session.id)).toEqual([]);
  expect(changes).toEqual([]);

  const summary = await owner.importSchedule(request('pretalx-v1.json'));
  expect(summary).toMatchObject({ added: 9, unchanged: 0 });
  expect(summary).not.toHaveProperty('written');
  const sections = await store.listSections(session.id);
  expect(changes).toEqual([{ kind: 'schedule/imported', sessionId: session.id, sections }]);

  changes.length = 0;
  expect(await owner.importSchedule(request('pretalx-v1.json'))).toMatchObject({ added: 0, unchanged: 9 });
  expect(changes).toEqual([]);
});

it('refuses a broken file in one line, and a missing session, writing nothing', async () => {
  const { owner, store, session, changes } = await event();
  await expect(owner.importSchedule({ sessionId: session.id, text: '{"schedule": ' })).rejects.toThrow(
    /^The file is not valid JSON \(.*\)\.$/,
  );
  await expect(owner.previewSchedule({ sessionId: 'gone', text: fixture('frab-v1.xml') })).rejects.toThrow(
    'This session no longer exists.',
  );
  expect(await store.listSections(session.id)).toEqual([]);
  expect(changes).toEqual([]);
});

it('a note typed with no talk showing goes to the talk on now, stamped with the clock, and its room is preferred next', async () => {
  const { owner, request, clock, changes } = await event();
  await owner.importSchedule(request('pretalx-v1.json'));
  changes.length = 0;
  // 10:12:05 in Berlin: "Opening" (Saal 1) and "Parsing Calendars" (Room 2) run side by side; the first is the default.
  const first = await owner.captureNote('on the opening', null);
  expect(first.filed.section.title).toBe('Opening: Notes at the Edge');
  expect(first.filed.target).toMatchObject({ kind: 'scheduled', state: 'on' });
  expect(first.note).toMatchObject({ clock: { at: clock.now, timeZone: 'Asia/Tokyo' } });
  expect(first.note).not.toHaveProperty('at');

  // One click on the other room: notes go there for that slot, and its room is preferred once written in.
  await owner.pickTalk(first.filed.sessionId, '6f1c2a10-0000-4000-8000-00000000000b');
  const picked = await owner.captureNote('on parsing', {
    source: null,
    moment: null,
    title: '',
    problem: '',
    clockAt: clock.now + 1000,
  });
  expect(picked.filed.section.title).toBe('Parsing Calendars Without Tears');
  expect(picked.note).toMatchObject({ clock: { at: clock.now + 1000 } });
  expect(changes.filter((c) => c.kind === 'schedule/choice').at(-1)).toEqual({
    kind: 'schedule/choice',
    choice: { picked: ['6f1c2a10-0000-4000-8000-00000000000b'], lastWritten: '6f1c2a10-0000-4000-8000-00000000000b' },
  });

  // Between talks, the next one; "Talk C" is in Room 2, the room last written in.
  clock.now = at('2026-03-28T09:50:00Z');
  const next = await owner.captureNote('in the break', null);
  expect(next.filed.target).toMatchObject({ kind: 'scheduled', state: 'next', title: 'Talk C' });
  expect(next.note).toMatchObject({ clock: { at: clock.now } });
});

it('choosing a section outside the slot declines the talk on now until the user follows the schedule again', async () => {
  const { owner, request, follow, session } = await event();
  await owner.importSchedule(request('pretalx-v1.json'));
  const open = await owner.addSection(session.id, { title: 'Open Spaces' });
  expect(follow()).toEqual({ declinedVideoId: null, declinedTalkId: '6f1c2a10-0000-4000-8000-00000000000a' });
  const there = await owner.captureNote('hallway track', null);
  expect(there.filed.section.id).toBe(open.id);
  // Taken in no scheduled talk: no clock stamp.
  expect(there.note).not.toHaveProperty('clock');

  await owner.followTalk();
  expect((await owner.captureNote('back in the talk', null)).filed.section.title).toBe('Opening: Notes at the Edge');

  // Choosing the other talk of the slot is picking it: followed, and notes go there.
  const parsing = (await owner.file(null)).target;
  expect(parsing).toMatchObject({ kind: 'scheduled', alternatives: [{ title: 'Parsing Calendars Without Tears' }] });
  const other = parsing.kind === 'scheduled' ? parsing.alternatives[0]!.sectionId : '';
  await owner.chooseSection({ sessionId: session.id, sectionId: other });
  expect(follow()).toEqual(FOLLOWING);
  expect((await owner.captureNote('in room 2', null)).filed.section.id).toBe(other);
});

it('links a recording with one alignment: every clock-stamped note gets its moment, and a new alignment moves them all', async () => {
  const { owner, request, store, session, changes } = await event();
  await owner.importSchedule(request('pretalx-v1.json'));
  const { note, filed } = await owner.captureNote('a point at 12:05', null);
  const talk = filed.section;
  changes.length = 0;

  const linked = await owner.linkVideo(talk.id, 'dQw4w9WgXcQ', alignAt(talk.schedule!.start, 192));
  expect(changes).toEqual([{ kind: 'section/renamed', section: linked }]);
  expect(videoMomentOf(note, linked)).toEqual({ videoId: 'dQw4w9WgXcQ', seconds: 192 + 12 * 60 + 5 });

  const realigned = await owner.linkVideo(
    talk.id,
    'dQw4w9WgXcQ',
    alignAt(note.kind === 'text' ? note.clock!.at : 0, 1000),
  );
  expect(videoMomentOf(note, realigned)).toEqual({ videoId: 'dQw4w9WgXcQ', seconds: 1000 });

  const other = (await store.listSections(session.id)).find((s) => s.id !== talk.id)!;
  await expect(owner.linkVideo(other.id, 'dQw4w9WgXcQ', null)).rejects.toThrow(
    'This video is already linked to “Opening: Notes at the Edge”.',
  );
  await expect(owner.linkVideo(talk.id, 'not a video', null)).rejects.toThrow('That is not a YouTube video.');
  const unlinked = await owner.linkVideo(talk.id, null, null);
  expect(unlinked).not.toHaveProperty('source');
  expect(videoMomentOf(note, unlinked)).toBeNull();
});
