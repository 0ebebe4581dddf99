import { expect, it } from 'vitest';
import { freshStore } from './test-support';

const V = 'dQw4w9WgXcQ';

async function setup() {
  const { store } = await freshStore();
  const session = await store.createSession({ title: 'S', date: '', description: '', tags: [], categories: [] });
  const talk = await store.addSection(session.id, { title: 'Talk', source: { kind: 'youtube', videoId: V } });
  const open = await store.addSection(session.id, { title: 'Open Spaces' });
  const note = await store.addNote(session.id, talk.id, {
    kind: 'text',
    text: 'at 1:05',
    at: { videoId: V, seconds: 65 },
  });
  return { store, talk, open, note };
}

it("a timed note moved out of its talk's section loses its time; Undo's move back puts it back", async () => {
  const { store, talk, open, note } = await setup();
  const moved = await store.moveNote(note.id, { sectionId: open.id });
  expect(moved).not.toHaveProperty('at');
  const back = await store.moveNote(note.id, { sectionId: talk.id, at: { videoId: V, seconds: 65 } });
  expect(back).toMatchObject({ sectionId: talk.id, at: { videoId: V, seconds: 65 } });
});

it("a time is never put on a note in another video's section", async () => {
  const { store, open, note } = await setup();
  expect(await store.moveNote(note.id, { sectionId: open.id, at: { videoId: V, seconds: 65 } })).not.toHaveProperty(
    'at',
  );
});

it('a timed note moved within its section keeps its time', async () => {
  const { store, talk, note } = await setup();
  expect(await store.moveNote(note.id, { sectionId: talk.id, beforeId: null })).toMatchObject({ at: { seconds: 65 } });
});

it("a note's time can be removed; the note stays where it is", async () => {
  const { store, talk, note } = await setup();
  const untimed = await store.removeNoteTime(note.id);
  expect(untimed).toMatchObject({ id: note.id, sectionId: talk.id, text: 'at 1:05' });
  expect(untimed).not.toHaveProperty('at');
  expect((await store.loadSession(talk.sessionId))!.notesBySection.get(talk.id)![0]).not.toHaveProperty('at');
});
