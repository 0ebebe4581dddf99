// @vitest-environment jsdom
/**
 * Where a note goes, in the panel: the note box shows the target rule's answer before the note is saved, and the
 * note is stored exactly there. A talk showing is followed until another section is chosen; "File under <talk>
 * instead" follows it again, and another talk's video is followed anew.
 */
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import type { PageContext } from '../../../src/model/context';
import type { Note } from '../../../src/model/types';
import { freshStore } from '../../../src/store/test-support';
import { localWorkspace } from '../../../src/ui/test-support';
import { WorkspaceView } from '../../../panel/workspace';

// Unmounted, then a moment for Preact's after-paint timer (35 ms without animation frames): a render made by the
// last announcement must not fire it after the test environment is gone.
afterEach(async () => {
  cleanup();
  await new Promise((resolve) => setTimeout(resolve, 50));
});
configure({ asyncUtilTimeout: 5000 });

const A = 'cnfTalkAAA1';
const B = 'cnfTalkBBB2';
const watching = (videoId: string, title: string, seconds: number, paused = false): PageContext => ({
  tabId: 1,
  url: `https://www.youtube.com/watch?v=${videoId}`,
  title,
  site: 'youtube',
  youtube: {
    videoId,
    url: `https://www.youtube.com/watch?v=${videoId}`,
    title,
    channel: '',
    channelUrl: '',
    duration: 3000,
    currentTime: seconds,
    paused,
    adPlaying: false,
    problem: '',
  },
});

async function setup(context: PageContext | null) {
  const { store } = await freshStore();
  const session = await store.createSession({
    title: 'DevOpsDays London 2018',
    date: '',
    description: '',
    tags: [],
    categories: [],
  });
  const talk = await store.addSection(session.id, {
    title: 'Fridays (renamed by me)',
    source: { kind: 'youtube', videoId: A },
  });
  const open = await store.addSection(session.id, { title: 'Open Spaces' });
  const local = localWorkspace(store, { selection: { sessionId: session.id, sectionId: talk.id }, context });
  render(<WorkspaceView deps={local.deps} />);
  await screen.findByRole('heading', { name: 'Open Spaces' });
  const box = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Note' });
  const shown = () => document.querySelector('#note-target .target')!.textContent;
  const write = async (text: string) => {
    fireEvent.input(box, { target: { value: text } });
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(box.value).toBe(''));
    const notes = [...(await store.loadSession(session.id))!.notesBySection.values()].flat();
    return notes.find((n) => n.kind === 'text' && n.text === text)! as Note & { at?: unknown };
  };
  const choose = (id: string) =>
    fireEvent.change(screen.getByRole('combobox', { name: 'Section' }), { target: { value: id } });
  return { store, session, talk, open, local, box, shown, write, choose };
}

test('with a talk showing, the box says the talk and its time, and the note is stored there', async () => {
  const { talk, shown, write, box } = await setup(watching(A, 'Deploying on Fridays', 65, true));
  await waitFor(() => expect(shown()).toBe('→ Fridays (renamed by me) · 1:05'));
  expect(box.getAttribute('aria-describedby')).toBe('note-target');
  const note = await write('Deploy on Fridays');
  expect(note).toMatchObject({ sectionId: talk.id, at: { videoId: A, seconds: 65 } });
  await waitFor(() =>
    expect(document.querySelector('.saved')!.textContent).toBe('Saved to Fridays (renamed by me) at 1:05'),
  );
  expect(screen.getByRole('link', { name: /1:05/ })).toBeTruthy();
});

test('"Open Spaces" chosen with a paused talk showing: stored in Open Spaces without a time; one click follows again', async () => {
  const { talk, open, local, shown, write, choose } = await setup(watching(A, 'Deploying on Fridays', 754, true));
  choose(open.id);
  await waitFor(() => expect(shown()).toBe('→ Open Spaces'));
  expect(await local.selection.load()).toMatchObject({ sectionId: open.id });
  const hallway = await write('hallway track');
  expect(hallway.sectionId).toBe(open.id);
  expect(hallway).not.toHaveProperty('at');

  fireEvent.click(screen.getByRole('button', { name: 'File under “Deploying on Fridays” instead' }));
  await waitFor(() => expect(shown()).toBe('→ Fridays (renamed by me) · 12:34'));
  expect(await write('back on the talk')).toMatchObject({ sectionId: talk.id, at: { seconds: 754 } });
});

test('another talk’s video is followed again, into a section its first note creates', async () => {
  const { open, local, shown, write, choose, store, session } = await setup(watching(A, 'Deploying on Fridays', 10));
  choose(open.id);
  await waitFor(() => expect(shown()).toBe('→ Open Spaces'));
  local.setContext(watching(B, 'Talk B', 30, true));
  await waitFor(() => expect(shown()).toBe('→ Talk B · 0:30 (new section)'));
  const note = await write('on talk B');
  const section = (await store.listSections(session.id)).find((s) => s.id === note.sectionId)!;
  expect(section).toMatchObject({ title: 'Talk B', source: { videoId: B } });
  expect(note).toMatchObject({ at: { videoId: B, seconds: 30 } });
  await waitFor(() => expect(shown()).toBe('→ Talk B · 0:30'));
});

test('a new section is the choice at once: the box and the next note go there, while a talk shows', async () => {
  const { local, shown, write, store, session } = await setup(watching(A, 'Deploying on Fridays', 10, true));
  fireEvent.click(screen.getByRole('button', { name: 'New section' }));
  fireEvent.input(screen.getByLabelText('Section title'), { target: { value: 'Lunch chats' } });
  fireEvent.submit(screen.getByRole('form', { name: 'New section' }));
  await waitFor(() => expect(shown()).toBe('→ Lunch chats'));
  const made = (await store.listSections(session.id)).find((s) => s.title === 'Lunch chats')!;
  expect(await local.selection.load()).toEqual({ sessionId: session.id, sectionId: made.id });
  expect(await write('over lunch')).toMatchObject({ sectionId: made.id });
});

test('with no talk showing, the box says the chosen section, and a choice in the list is stored', async () => {
  const { open, shown, write, local } = await setup(null);
  await waitFor(() => expect(shown()).toBe('→ Fridays (renamed by me)'));
  fireEvent.click(screen.getByRole('button', { name: 'Open Spaces' }));
  await waitFor(() => expect(shown()).toBe('→ Open Spaces'));
  expect(await local.selection.load()).toMatchObject({ sectionId: open.id });
  const note = await write('no talk');
  expect(note.sectionId).toBe(open.id);
  expect(note).not.toHaveProperty('at');
});
