// @vitest-environment jsdom
/** The panel follows changes made by other pages, and a burst of notices does not read the store once per notice. */
import { configure, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { freshStore } from '../../../src/store/test-support';
import type { Store } from '../../../src/store/api';
import { memoryChanges, memorySelection } from '../../../src/ui/page-deps';
import { WorkspaceView } from '../../../src/ui/workspace';

afterEach(cleanup);
// The default 1 s for findBy/waitFor is too tight for IndexedDB plus rendering on a loaded 2-core machine.
configure({ asyncUtilTimeout: 5000 });

test('a note added elsewhere appears after the notice; ten notices at once cost at most two reads', async () => {
  const { store } = await freshStore();
  const session = await store.createSession({ title: 'DevOpsDays London 2018', date: '', description: '', tags: [], categories: [] });
  const section = await store.addSection(session.id, { title: 'Keynote' });
  let loads = 0;
  const counting: Store = { ...store, loadPartialSession: (...args) => { loads += 1; return store.loadPartialSession(...args); } };
  const changes = memoryChanges();
  render(<WorkspaceView deps={{ store: counting, selection: memorySelection(), changes }} />);
  await screen.findByRole('heading', { name: 'Keynote' });
  await waitFor(() => expect(document.querySelector('main.sections[aria-busy="true"]')).toBeNull());
  loads = 0;

  await store.addNote(session.id, section.id, { kind: 'text', text: 'from the popup' });
  for (let i = 0; i < 10; i += 1) changes.emit(session.id);
  await screen.findByText('from the popup');
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(loads).toBeGreaterThanOrEqual(1);
  expect(loads).toBeLessThanOrEqual(2);
});

test('a note a capture returns shows at once, without reading the session again', async () => {
  const { store } = await freshStore();
  const session = await store.createSession({ title: 'DevOpsDays London 2018', date: '', description: '', tags: [], categories: [] });
  const section = await store.addSection(session.id, { title: 'Keynote' });
  let loads = 0;
  const counting: Store = { ...store, loadPartialSession: (...args) => { loads += 1; return store.loadPartialSession(...args); } };
  // As the background does for a timestamped note: stored elsewhere, handed back to the page.
  const capture = { save: () => store.addNote(session.id, section.id, { kind: 'text', text: 'at 12:34', at: { videoId: 'dQw4w9WgXcQ', seconds: 754 } }) };
  render(<WorkspaceView deps={{ store: counting, selection: memorySelection(), changes: memoryChanges() }} capture={capture} />);
  await screen.findByRole('heading', { name: 'Keynote' });
  await waitFor(() => expect(document.querySelector('main.sections[aria-busy="true"]')).toBeNull());
  loads = 0;
  const box = screen.getByRole('textbox', { name: 'Note' });
  fireEvent.input(box, { target: { value: 'at 12:34' } });
  fireEvent.keyDown(box, { key: 'Enter' });
  await screen.findByText('at 12:34', { selector: '.note-text' });
  expect(screen.getByRole('link', { name: '12:34' })).toBeTruthy();
  expect(loads).toBe(0);
});
