// @vitest-environment jsdom
/**
 * Finding a note from the panel's search field: results as you type, the arrows and Enter, the note opened in view
 * (read first when it is older than its section's loaded window) and highlighted; Escape gives the focus back;
 * a note added while the results are open appears in them.
 */
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, expect, test } from 'vitest';
import { freshStore, pagedRecords } from '../../../src/store/test-support';
import type { Note } from '../../../src/model/types';
import { localWorkspace } from '../../../src/ui/test-support';
import { WorkspaceView } from '../../../panel/workspace';

afterEach(cleanup);
configure({ asyncUtilTimeout: 5000 });
beforeAll(() => {
  // jsdom lays nothing out: the panel only asks for these.
  Element.prototype.scrollIntoView = function () {};
});

/** An older event with one note, and this event's 121-note talk, its filler written in one transaction. */
function searchField(): HTMLInputElement {
  const field = document.querySelector<HTMLInputElement>('input[type=search]')!;
  expect(field.getAttribute('aria-label')).toBe('Search all notes');
  expect(field.getAttribute('role')).toBe('combobox');
  return field;
}

/** The search's results, once listed. */
async function options(): Promise<HTMLElement[]> {
  return waitFor(() => {
    const found = [...document.querySelectorAll<HTMLElement>('#search-results[role=listbox] [role=option]')];
    expect(found.length).toBeGreaterThan(0);
    return found;
  });
}

async function conference() {
  const { store, db } = await freshStore();
  const old = await store.createSession({ title: 'Older event', date: '', description: '', tags: [], categories: [] });
  const oldTalk = await store.addSection(old.id, { title: 'Cost talk' });
  await store.addNote(old.id, oldTalk.id, { kind: 'text', text: 'the lantern metaphor again' });
  const now = await store.createSession({ title: 'This event', date: '', description: '', tags: [], categories: [] });
  const talk = await store.addSection(now.id, { title: 'Long talk' });
  const first = await store.addNote(now.id, talk.id, { kind: 'text', text: 'the very first lighthouse note' });
  // Written in one transaction with the section's count, as the store keeps it: one by one is not this test's point.
  const stored = (await db.get('sections', talk.id))!;
  const tx = db.transaction(['sections', 'notePages'], 'readwrite');
  void tx.objectStore('sections').put({ ...stored, noteCount: 121 });
  const fillers: Note[] = [];
  for (let i = 0; i < 120; i += 1) {
    const note = { id: `f${i}`, sessionId: now.id, sectionId: talk.id, kind: 'text', text: `filler ${i}` } as const;
    fillers.push({ ...note, order: first.order + i + 1, createdAt: i, updatedAt: i });
  }
  for (const page of pagedRecords(fillers)) void tx.objectStore('notePages').put(page);
  await tx.done;
  return { store, now, talk, first };
}

test('a note older than the loaded window is found, read, scrolled to and highlighted; Escape returns', async () => {
  const { store, now, talk, first } = await conference();
  const local = localWorkspace(store, { selection: { sessionId: now.id, sectionId: talk.id } });
  render(<WorkspaceView deps={local.deps} />);
  await screen.findByText('filler 119');
  expect(document.getElementById(`note-${first.id}`)).toBeNull();

  // Queried by selector: role queries compute every accessible name of a 120-note page, seconds on a busy machine.
  const composer = document.querySelector<HTMLTextAreaElement>('.dock textarea')!;
  composer.focus();
  const field = searchField();
  fireEvent.keyDown(composer, { key: '/' });
  expect(document.activeElement).toBe(composer); // a slash typed in a note is a slash
  fireEvent.keyDown(composer, { key: 'k', ctrlKey: true });
  expect(document.activeElement).toBe(field);
  composer.focus();
  field.focus(); // as "/" from outside a text field does, remembering the composer to go back to
  fireEvent.input(field, { target: { value: 'lightho' } });
  const [hit] = await options();
  expect(hit!.textContent).toBe('the very first lighthouse note');
  expect(hit!.querySelector('mark')?.textContent).toBe('lighthouse');
  expect(field.getAttribute('aria-activedescendant')).toBe(hit!.id);

  fireEvent.keyDown(field, { key: 'Enter' });
  await waitFor(() => expect(document.getElementById(`note-${first.id}`)?.classList.contains('note-found')).toBe(true));
  expect(document.activeElement?.id).toBe(`note-${first.id}`);
  expect(field.value).toBe('');

  field.focus();
  fireEvent.input(field, { target: { value: 'filler' } });
  expect((await options()).length).toBeGreaterThan(1);
  fireEvent.keyDown(field, { key: 'Escape' });
  expect(document.getElementById('search-results')).toBeNull();
  expect(document.activeElement?.id).toBe(`note-${first.id}`);
  fireEvent.keyDown(document.body, { key: '/' });
  expect(document.activeElement).toBe(field);
});

test('a result in another session opens that session; a note added meanwhile appears in the results', async () => {
  const { store, now, talk } = await conference();
  const local = localWorkspace(store, { selection: { sessionId: now.id, sectionId: talk.id } });
  render(<WorkspaceView deps={local.deps} />);
  await screen.findByText('filler 119');
  const field = searchField();
  field.focus();
  fireEvent.input(field, { target: { value: 'lantern' } });
  expect((await options()).map((o) => o.textContent)).toEqual(['the lantern metaphor again']);

  await local.owner.captureNote('a second lantern, in this event', null);
  await waitFor(() => expect(document.querySelectorAll('#search-results [role=option]')).toHaveLength(2));

  fireEvent.click((await options()).find((o) => o.textContent === 'the lantern metaphor again')!);
  await waitFor(() => expect(document.activeElement?.textContent).toContain('the lantern metaphor again'));
  expect(document.activeElement?.closest('section')?.querySelector('h2')?.textContent).toBe('Cost talk');
});
