/** Notes taken by the clock, and a recording lined up with them: stored as given, cleaned, and backed up. */
import { expect, it } from 'vitest';
import { exportBackup } from '../backup/export';
import { parseBackup } from '../backup/validate';
import { alignAt, videoMomentOf } from '../schedule/clock';
import { freshStore } from './test-support';

it("keeps a note's clock stamp and a source's alignment, and the moments follow the alignment", async () => {
  const { store, db } = await freshStore();
  const session = await store.createSession({
    title: 'Demo Conf',
    date: '',
    description: '',
    tags: [],
    categories: [],
  });
  const talk = await store.addSection(session.id, { title: 'Talk C' });
  const start = Date.parse('2026-03-28T15:00:00+01:00');
  const note = await store.addNote(session.id, talk.id, {
    kind: 'text',
    text: 'a point',
    clock: { at: start + 725_400.7, timeZone: 'Europe/Berlin' },
  });
  const quote = await store.addNote(session.id, talk.id, {
    kind: 'quote',
    text: 'said',
    cite: 'Dana',
    clock: { at: start, timeZone: 'not a zone!' },
  });
  const bare = await store.addNote(session.id, talk.id, {
    kind: 'text',
    text: 'x',
    clock: { at: Number.NaN, timeZone: 'UTC' },
  });
  expect(note).toMatchObject({ clock: { at: start + 725_400, timeZone: 'Europe/Berlin' } });
  expect(quote).toMatchObject({ clock: { at: start, timeZone: 'UTC' } });
  expect(bare).not.toHaveProperty('clock');

  const linked = await store.updateSection(talk.id, {
    source: { kind: 'youtube', videoId: 'dQw4w9WgXcQ', alignment: alignAt(start, 192) },
  });
  expect(linked.source?.alignment).toEqual({ clock: start, seconds: 192 });
  expect(videoMomentOf(note, linked)).toEqual({ videoId: 'dQw4w9WgXcQ', seconds: 192 + 725 });
  const moved = await store.updateSection(talk.id, { source: { ...linked.source!, alignment: alignAt(start, 200) } });
  expect(videoMomentOf(note, moved)?.seconds).toBe(200 + 725);
  const broken = await store.updateSection(talk.id, {
    source: { kind: 'youtube', videoId: 'dQw4w9WgXcQ', alignment: { clock: -1, seconds: 3 } },
  });
  expect(broken.source).not.toHaveProperty('alignment');

  await store.updateSection(talk.id, { source: moved.source });
  const check = parseBackup(await exportBackup(db));
  expect(check.ok ? check.backup.sessions[0]!.notes.map((n) => 'clock' in n) : check.problems).toEqual([
    true,
    true,
    false,
  ]);
});
