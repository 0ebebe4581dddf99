// @vitest-environment jsdom
/**
 * The side panel's workspace over the real store (fake-indexeddb): picking and creating sessions, writing notes
 * with Enter, delete with undo, and failed writes that show an error and keep the typed text.
 */
import { configure, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { freshStore } from '../../../src/store/test-support';
import type { Store } from '../../../src/store/api';
import { localWorkspace } from '../../../src/ui/test-support';
import { WorkspaceView } from '../../../panel/workspace';

afterEach(cleanup);
// The default 1 s for findBy/waitFor is too tight for IndexedDB plus rendering on a loaded 2-core machine.
configure({ asyncUtilTimeout: 5000 });

const devopsdays = {
  title: 'DevOpsDays London 2018',
  date: '2018-09-25',
  description: '',
  tags: ['devops'],
  categories: [],
};

async function setup(prepare?: (store: Store) => Promise<void>, wrap?: (store: Store) => Store) {
  const { store, db } = await freshStore();
  await prepare?.(store);
  // The background's owner writes (through a failing store when `wrap` says so); the page reads the real one.
  const local = localWorkspace(wrap ? wrap(store) : store);
  render(<WorkspaceView deps={{ ...local.deps, store }} />);
  await screen.findByRole('combobox', { name: 'Session' });
  return { store, db, selection: local.selection };
}

function type(box: HTMLElement, value: string) {
  fireEvent.input(box, { target: { value } });
}

describe('session picker', () => {
  test('lists the sessions, switches between them and remembers the choice', async () => {
    let second = '';
    const { selection } = await setup(async (store) => {
      const a = await store.createSession(devopsdays);
      const b = await store.createSession({ ...devopsdays, title: 'SREcon Europe', date: '2019-10-02' });
      second = b.id;
      const sa = await store.addSection(a.id, { title: 'Opening keynote' });
      await store.addNote(a.id, sa.id, { kind: 'text', text: 'note in devopsdays' });
      const sb = await store.addSection(b.id, { title: 'Incident reviews' });
      await store.addNote(b.id, sb.id, { kind: 'text', text: 'note in srecon' });
    });
    const picker = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Session' });
    expect([...picker.options].map((o) => o.textContent).sort()).toEqual([
      'DevOpsDays London 2018 (2018-09-25)',
      'SREcon Europe (2019-10-02)',
    ]);
    fireEvent.change(picker, { target: { value: second } });
    await screen.findByText('note in srecon');
    expect(screen.queryByText('note in devopsdays')).toBeNull();
    expect((await selection.load()).sessionId).toBe(second);
  });

  test('creating a session from the form stores it and selects it', async () => {
    const { store } = await setup();
    const form = screen.getByRole('form', { name: 'New session' });
    type(within(form).getByLabelText('Title'), 'DevOpsDays London 2018');
    type(within(form).getByLabelText('Date'), '2018-09-25');
    type(within(form).getByLabelText(/Tags/), 'devops, london, devops');
    fireEvent.click(within(form).getByRole('button', { name: 'Create session' }));
    await waitFor(async () => expect(await store.listSessions()).toHaveLength(1));
    const [session] = await store.listSessions();
    expect(session).toMatchObject({ title: 'DevOpsDays London 2018', date: '2018-09-25', tags: ['devops', 'london'] });
    await waitFor(() =>
      expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Session' }).value).toBe(session!.id),
    );
  });
});

describe('note box', () => {
  test('Enter saves the note, Shift+Enter and IME composition do not', async () => {
    const { store } = await setup((s) => s.createSession(devopsdays).then(() => undefined));
    const box = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Note' });
    type(box, 'first line');
    expect(fireEvent.keyDown(box, { key: 'Enter', shiftKey: true })).toBe(true); // default kept: a new line
    expect(fireEvent.keyDown(box, { key: 'Enter', isComposing: true })).toBe(true);
    type(box, 'first line\nsecond line');
    expect(fireEvent.keyDown(box, { key: 'Enter' })).toBe(false);
    await waitFor(() => expect(box.value).toBe(''));
    const session = (await store.listSessions())[0]!;
    const contents = await store.loadSession(session.id);
    const notes = [...contents!.notesBySection.values()].flat();
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: 'text', text: 'first line\nsecond line' });
    expect(contents!.sections.map((s) => s.title)).toEqual(['Notes']);
    await screen.findByText('first line\nsecond line', { normalizer: (s) => s });
  });

  test('the first keystroke of a new note is reported once (where a talk moment is taken)', async () => {
    const { NoteInput } = await import('../../../src/ui/note-input');
    let starts = 0;
    render(
      <NoteInput
        onSave={() => true}
        onStartTyping={() => {
          starts += 1;
        }}
      />,
    );
    const box = screen.getByRole('textbox', { name: 'Note' });
    type(box, 'a');
    type(box, 'ab');
    expect(starts).toBe(1);
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect((box as HTMLTextAreaElement).value).toBe(''));
    type(box, 'c');
    expect(starts).toBe(2);
  });
});

describe('delete and undo', () => {
  test('a deleted note comes back with Undo', async () => {
    const { store } = await setup(async (s) => {
      const session = await s.createSession(devopsdays);
      const section = await s.addSection(session.id, { title: 'Keynote' });
      await s.addNote(session.id, section.id, { kind: 'text', text: 'keep me' });
    });
    await screen.findByText('keep me');
    fireEvent.click(screen.getByRole('button', { name: 'Note actions' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByText('keep me')).toBeNull());
    await waitFor(() => expect(document.querySelector('.undo-bar')!.textContent).toContain('Deleted a note'));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('keep me');
    const session = (await store.listSessions())[0]!;
    expect([...(await store.loadSession(session.id))!.notesBySection.values()].flat()).toHaveLength(1);
  });

  test('deleting a session asks first, and Undo restores it with its notes', async () => {
    const { store } = await setup(async (s) => {
      const session = await s.createSession(devopsdays);
      const section = await s.addSection(session.id, { title: 'Keynote' });
      await s.addNote(session.id, section.id, { kind: 'text', text: 'a note' });
    });
    fireEvent.click(screen.getByRole('button', { name: 'Delete session' }));
    expect(await store.listSessions()).toHaveLength(1); // only asked so far
    fireEvent.click(screen.getByRole('button', { name: 'Delete “DevOpsDays London 2018”' }));
    await waitFor(async () => expect(await store.listSessions()).toHaveLength(0));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await screen.findByText('a note');
    expect((await store.listSessions()).map((s) => s.title)).toEqual(['DevOpsDays London 2018']);
  });
});

describe('capture seam', () => {
  test('a capture saves in place of the plain note, and its failure keeps the text', async () => {
    const { store } = await freshStore();
    const session = await store.createSession(devopsdays);
    await store.addSection(session.id, { title: 'Keynote' });
    const calls: string[] = [];
    let starts = 0;
    let fail = true;
    const local = localWorkspace(store);
    const capture = {
      onStartTyping: () => {
        starts += 1;
      },
      save: async (text: string) => {
        calls.push(text);
        if (fail) throw new Error('No talk is playing.');
        const done = await local.deps.ask('note/capture', { text, frozen: null });
        if ('error' in done) throw new Error(done.error);
        return done.value;
      },
    };
    render(<WorkspaceView deps={local.deps} capture={capture} />);
    const box = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Note' });
    await screen.findByRole('heading', { name: 'Keynote' });
    type(box, 'at 1:05');
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('Saving the note failed: No talk is playing.'),
    );
    expect(box.value).toBe('at 1:05');
    fail = false;
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(box.value).toBe(''));
    expect(starts).toBe(1);
    expect(calls).toEqual(['at 1:05', 'at 1:05']);
    await screen.findByText('Saved to Keynote');
  });
});

describe('failed writes', () => {
  test('a note that cannot be stored shows an alert and stays in the box', async () => {
    const failing = (store: Store): Store => ({
      ...store,
      addNote: () => Promise.reject(new Error('QuotaExceededError: the disk is full')),
    });
    await setup(async (s) => {
      const session = await s.createSession(devopsdays);
      await s.addSection(session.id, { title: 'Keynote' });
    }, failing);
    const box = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Note' });
    type(box, 'precious words');
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('Saving the note failed: QuotaExceededError'),
    );
    expect(box.value).toBe('precious words');
  });
});

describe('keyboard', () => {
  test('after deleting a note with the keyboard, focus lands on Undo', async () => {
    await setup(async (s) => {
      const session = await s.createSession(devopsdays);
      const section = await s.addSection(session.id, { title: 'Keynote' });
      await s.addNote(session.id, section.id, { kind: 'text', text: 'gone soon' });
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Note actions' }));
    const remove = screen.getByRole('button', { name: 'Delete' });
    remove.focus();
    fireEvent.click(remove);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' })));
  });
});

describe('ordering', () => {
  test('moving a note with the keyboard keeps focus on the button used', async () => {
    await setup(async (s) => {
      const session = await s.createSession(devopsdays);
      const section = await s.addSection(session.id, { title: 'Keynote' });
      for (const text of ['A', 'B', 'C']) await s.addNote(session.id, section.id, { kind: 'text', text });
    });
    const texts = () => [...document.querySelectorAll('.note .note-text')].map((n) => n.textContent);
    await waitFor(() => expect(texts()).toEqual(['A', 'B', 'C']));
    const first = screen.getAllByRole('button', { name: 'Note actions' })[0]!;
    fireEvent.click(first);
    const down = screen.getByRole('button', { name: 'Move down' });
    down.focus();
    fireEvent.click(down);
    await waitFor(() => expect(texts()).toEqual(['B', 'A', 'C']));
    await waitFor(() => expect(document.activeElement).toBe(down));
    fireEvent.keyDown(down, { key: 'Escape' });
    await waitFor(() => expect(document.activeElement).toBe(first));
    expect(screen.queryByRole('button', { name: 'Move down' })).toBeNull();
  });

  test('sections move up with their button, and a note moves to another section', async () => {
    let ids = { one: '', two: '', session: '' };
    const { store } = await setup(async (s) => {
      const session = await s.createSession(devopsdays);
      const one = await s.addSection(session.id, { title: 'Keynote' });
      const two = await s.addSection(session.id, { title: 'Open Spaces' });
      await s.addNote(session.id, one.id, { kind: 'text', text: 'travelling note' });
      ids = { one: one.id, two: two.id, session: session.id };
    });
    const headings = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    await waitFor(() => expect(headings()).toEqual(['Keynote', 'Open Spaces']));
    fireEvent.click(screen.getByRole('button', { name: 'Actions for section Open Spaces' }));
    fireEvent.click(screen.getByRole('button', { name: 'Move section up' }));
    await waitFor(() => expect(headings()).toEqual(['Open Spaces', 'Keynote']));
    expect((await store.loadSession(ids.session))!.sections.map((s) => s.title)).toEqual(['Open Spaces', 'Keynote']);

    fireEvent.click(screen.getByRole('button', { name: 'Note actions' }));
    const mover = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Move to section' });
    fireEvent.change(mover, { target: { value: ids.two } });
    await waitFor(async () => {
      const contents = (await store.loadSession(ids.session))!;
      expect(contents.notesBySection.get(ids.two)!.map((n) => n.kind === 'text' && n.text)).toEqual([
        'travelling note',
      ]);
    });
    const openSpaces = screen.getByRole('region', { name: 'Open Spaces' });
    await waitFor(() => expect(within(openSpaces).queryByText('travelling note')).not.toBeNull());
  });
});
