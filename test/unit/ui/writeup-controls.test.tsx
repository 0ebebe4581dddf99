// @vitest-environment jsdom
/**
 * The writeup's controls in the panel: the note box's Kind (a quote of the speaker, a sub-heading, back to a note
 * after each save; "### " typed first makes a sub-heading too), turning an existing note into another kind, and
 * the session form's introduction, closing remarks, front-matter fields and reference labels.
 */
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import type { Note } from '../../../src/model/types';
import { freshStore } from '../../../src/store/test-support';
import { localWorkspace } from '../../../src/ui/test-support';
import { WorkspaceView } from '../../../panel/workspace';

afterEach(async () => {
  cleanup();
  await new Promise((resolve) => setTimeout(resolve, 50));
});
configure({ asyncUtilTimeout: 5000 });

async function setup() {
  const { store } = await freshStore();
  const session = await store.createSession({ title: 'Conf', date: '', description: '', tags: [], categories: [] });
  const talk = await store.addSection(session.id, { title: 'Managing people', speaker: 'Sam Ortiz' });
  const local = localWorkspace(store, { selection: { sessionId: session.id, sectionId: talk.id } });
  render(<WorkspaceView deps={local.deps} />);
  await screen.findByRole('heading', { name: 'Managing people' });
  const box = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Note' });
  const kind = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Kind' });
  const notes = async (): Promise<Note[]> => [...(await store.loadSession(session.id))!.notesBySection.values()].flat();
  const write = async (text: string) => {
    fireEvent.input(box, { target: { value: text } });
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(box.value).toBe(''));
    return (await notes()).at(-1)!;
  };
  return { store, session, box, kind, write, notes };
}

test('the Kind control makes a quote of the section’s speaker, then the box is back to notes', async () => {
  const { kind, write } = await setup();
  fireEvent.change(kind, { target: { value: 'quote' } });
  expect(await write('Code is easy, people are hard')).toMatchObject({ kind: 'quote', cite: 'Sam Ortiz' });
  await waitFor(() => expect(kind.value).toBe('text'));
  expect(await write('plain words')).toMatchObject({ kind: 'text' });
  await screen.findByText('— Sam Ortiz');
});

test('a sub-heading from the Kind control or from "### ", shown as a heading in its section', async () => {
  const { kind, write } = await setup();
  expect(await write('### The role of universities')).toMatchObject({
    kind: 'heading',
    text: 'The role of universities',
  });
  fireEvent.change(kind, { target: { value: 'heading' } });
  expect(await write('General notes')).toMatchObject({ kind: 'heading', text: 'General notes' });
  expect(await screen.findByRole('heading', { level: 3, name: 'General notes' })).toBeTruthy();
});

test('an existing note becomes a quote or a sub-heading from its actions, keeping its words', async () => {
  const { write, notes } = await setup();
  const note = await write('If it works, it is quality');
  const item = document.getElementById(`note-${note.id}`)!;
  fireEvent.click(within(item).getByRole('button', { name: 'Note actions' }));
  fireEvent.click(within(item).getByRole('button', { name: 'Make it a quote' }));
  await waitFor(async () => expect((await notes())[0]).toMatchObject({ kind: 'quote', cite: 'Sam Ortiz' }));
  fireEvent.click(within(item).getByRole('button', { name: 'Make it a sub-heading' }));
  await waitFor(async () =>
    expect((await notes())[0]).toMatchObject({ kind: 'heading', text: 'If it works, it is quality' }),
  );
});

test('the session form edits the introduction, closing, its heading, front-matter fields and reference labels', async () => {
  const { store, session } = await setup();
  fireEvent.click(screen.getByRole('button', { name: 'Edit session' }));
  const form = screen.getByRole('form', { name: 'Edit session' });
  fireEvent.input(within(form).getByLabelText(/^Introduction/), { target: { value: 'Hello **all**.' } });
  fireEvent.input(within(form).getByLabelText(/^Closing remarks/), { target: { value: 'Bye.' } });
  expect(within(form).getByLabelText<HTMLInputElement>('Closing heading').value).toBe('Closing Remarks');
  fireEvent.click(within(form).getByRole('button', { name: 'Add front matter field' }));
  fireEvent.input(within(form).getByLabelText('Field name 1'), { target: { value: 'license_code' } });
  fireEvent.input(within(form).getByLabelText('Field value 1'), { target: { value: 'Apache-2.0' } });
  fireEvent.click(within(form).getByRole('button', { name: 'Add reference label' }));
  fireEvent.input(within(form).getByLabelText('Link address 1'), { target: { value: 'https://example.com/nexus' } });
  fireEvent.input(within(form).getByLabelText('Label 1'), { target: { value: 'nexus-lifecycle' } });
  fireEvent.submit(form);
  await waitFor(async () =>
    expect(await store.getSession(session.id)).toMatchObject({
      intro: 'Hello **all**.',
      closing: 'Bye.',
      closingHeading: 'Closing Remarks',
      fields: { license_code: 'Apache-2.0' },
      labels: { 'https://example.com/nexus': 'nexus-lifecycle' },
    }),
  );
  // Removing the field removes it from the session.
  await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit session' })).toBeNull());
  fireEvent.click(screen.getByRole('button', { name: 'Edit session' }));
  const again = screen.getByRole('form', { name: 'Edit session' });
  fireEvent.click(within(again).getByRole('button', { name: 'Remove front matter field license_code' }));
  fireEvent.submit(again);
  await waitFor(async () => expect((await store.getSession(session.id))!.fields).toEqual({}));
});
