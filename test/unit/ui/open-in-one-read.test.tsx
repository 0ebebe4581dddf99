// @vitest-environment jsdom
/**
 * Opening a session shows its chosen section first and the other sections a moment later: reading
 * every section costs three IndexedDB requests each, too many to wait for before the first paint.
 */
import { configure, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import type { Store } from '../../../src/store/api';
import { freshStore } from '../../../src/store/test-support';
import { localWorkspace } from '../../../src/ui/test-support';
import { WorkspaceView } from '../../../panel/workspace';

afterEach(cleanup);
configure({ asyncUtilTimeout: 5000 });

test('the chosen section is on screen before the others are read; then they show their notes', async () => {
  const { store } = await freshStore();
  const session = await store.createSession({
    title: 'Two steps',
    date: '',
    description: '',
    tags: [],
    categories: [],
  });
  const early = await store.addSection(session.id, { title: 'Early talk' });
  const chosen = await store.addSection(session.id, { title: 'Chosen talk' });
  await store.addSection(session.id, { title: 'Latest talk' });
  await store.addNote(session.id, early.id, { kind: 'text', text: 'said early' });
  await store.addNote(session.id, chosen.id, { kind: 'text', text: 'said in the chosen talk' });

  // The full read waits until the test lets it go.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const reads: (readonly string[] | 'all')[] = [];
  const gated: Store = {
    ...store,
    async loadPartialSession(id, newest, only) {
      const result = await store.loadPartialSession(id, newest, only);
      reads.push(result && only ? only(result.sections) : 'all');
      if (!only) await held;
      return result;
    },
  };
  const local = localWorkspace(store, { selection: { sessionId: session.id, sectionId: chosen.id } });
  render(<WorkspaceView deps={{ ...local.deps, store: gated }} />);

  await screen.findByText('said in the chosen talk');
  expect(screen.queryByText('said early')).toBeNull();
  const earlySection = screen.getByRole('heading', { name: 'Early talk' }).closest('section')!;
  expect(within(earlySection).getByText('Loading notes…')).toBeTruthy();
  expect(reads[0]).toEqual([chosen.id]);
  expect(document.querySelector('main.sections')!.getAttribute('aria-busy')).toBe('true');
  // Only one section is counted yet: the delete prompt does not quote a number it does not know.
  fireEvent.click(screen.getByRole('button', { name: 'Delete session' }));
  expect(screen.getByRole('group', { name: 'Confirm delete' }).textContent).toContain('with all its notes?');

  release();
  await screen.findByText('said early');
  expect(screen.queryByText('Loading notes…')).toBeNull();
  expect(document.querySelector('main.sections')!.getAttribute('aria-busy')).toBe('false');
  const latest = screen.getByRole('heading', { name: 'Latest talk' }).closest('section')!;
  expect(within(latest).getByText('No notes yet.')).toBeTruthy();
  expect(reads).toEqual([[chosen.id], 'all']);
  expect(screen.getByRole('group', { name: 'Confirm delete' }).textContent).toContain('with its 2 notes?');
});
