// @vitest-environment jsdom
/**
 * Opening a session reads it once: each section's note count comes with its record, so every section's notes and
 * count are on screen together, with nothing left loading and no second read.
 */
import { configure, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import type { Store } from '../../../src/store/api';
import { freshStore } from '../../../src/store/test-support';
import { localWorkspace } from '../../../src/ui/test-support';
import { WorkspaceView } from '../../../panel/workspace';

afterEach(cleanup);
configure({ asyncUtilTimeout: 5000 });

test('every section is on screen from one read, with the counts the delete prompt quotes', async () => {
  const { store } = await freshStore();
  const session = await store.createSession({ title: 'One read', date: '', description: '', tags: [], categories: [] });
  const early = await store.addSection(session.id, { title: 'Early talk' });
  const chosen = await store.addSection(session.id, { title: 'Chosen talk' });
  await store.addSection(session.id, { title: 'Latest talk' });
  await store.addNote(session.id, early.id, { kind: 'text', text: 'said early' });
  await store.addNote(session.id, chosen.id, { kind: 'text', text: 'said in the chosen talk' });

  let reads = 0;
  const counted: Store = {
    ...store,
    loadPartialSession(id, newest) {
      reads += 1;
      return store.loadPartialSession(id, newest);
    },
  };
  const local = localWorkspace(store, { selection: { sessionId: session.id, sectionId: chosen.id } });
  render(<WorkspaceView deps={{ ...local.deps, store: counted }} />);

  await screen.findByText('said in the chosen talk');
  expect(screen.getByText('said early')).toBeTruthy();
  const latest = screen.getByRole('heading', { name: 'Latest talk' }).closest('section')!;
  expect(within(latest).getByText('No notes yet.')).toBeTruthy();
  expect(reads).toBe(1);
  fireEvent.click(screen.getByRole('button', { name: 'Delete session' }));
  expect(screen.getByRole('group', { name: 'Confirm delete' }).textContent).toContain('with its 2 notes?');
});
