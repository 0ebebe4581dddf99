// @vitest-environment jsdom
/**
 * The panel shows what the background announces without reading the store: a note added by another page (or a
 * capture) appears from the announcement alone; a gap in the numbers, or a restarted background, reads again.
 */
import { configure, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { freshStore } from '../../../src/store/test-support';
import type { Store } from '../../../src/store/api';
import { localWorkspace } from '../../../src/ui/test-support';
import type { PageDeps } from '../../../src/ui/page-deps';
import type { Announcement } from '../../../src/owner/changes';
import { WorkspaceView } from '../../../panel/workspace';

// Unmounted, then a moment for Preact's after-paint timer (35 ms without animation frames): a render made by the
// last announcement must not fire it after the test environment is gone.
afterEach(async () => {
  cleanup();
  await new Promise((resolve) => setTimeout(resolve, 50));
});
// The default 1 s for findBy/waitFor is too tight for IndexedDB plus rendering on a loaded 2-core machine.
configure({ asyncUtilTimeout: 5000 });

async function opened() {
  const { store } = await freshStore();
  const session = await store.createSession({
    title: 'DevOpsDays London 2018',
    date: '',
    description: '',
    tags: [],
    categories: [],
  });
  const section = await store.addSection(session.id, { title: 'Keynote' });
  const reads = { count: 0 };
  const counting: Store = {
    ...store,
    loadPartialSession: (...args) => {
      reads.count += 1;
      return store.loadPartialSession(...args);
    },
  };
  const local = localWorkspace(store);
  return { store, session, section, reads, local, pageDeps: { ...local.deps, store: counting } as PageDeps };
}

async function settled() {
  await screen.findByRole('heading', { name: 'Keynote' });
  await waitFor(() => expect(document.querySelector('main.sections[aria-busy="true"]')).toBeNull());
}

test('a note another page adds appears from the announcement, without reading the store', async () => {
  const { local, pageDeps, reads } = await opened();
  render(<WorkspaceView deps={pageDeps} />);
  await settled();
  reads.count = 0;
  // As the popup would: an intent to the owner, which announces the note.
  await local.deps.ask('note/capture', { text: 'from the popup', frozen: null });
  await screen.findByText('from the popup');
  expect(reads.count).toBe(0);
});

test('a note typed in the panel costs the panel no read; it is announced as saved', async () => {
  const { pageDeps, reads } = await opened();
  render(<WorkspaceView deps={pageDeps} />);
  await settled();
  reads.count = 0;
  const box = screen.getByRole('textbox', { name: 'Note' });
  fireEvent.input(box, { target: { value: 'typed here' } });
  fireEvent.keyDown(box, { key: 'Enter' });
  await screen.findByText('typed here');
  await waitFor(() => expect(document.querySelector('.saved')!.textContent).toBe('Saved to Keynote'));
  expect(document.querySelector('.saved')!.getAttribute('role')).toBe('status');
  expect(reads.count).toBe(0);
});

test('a gap in the announcements, or a background that restarted, reads the store again', async () => {
  const { store, session, section, local, reads } = await opened();
  const listeners = new Set<(a: Announcement) => void>();
  const deps: PageDeps = {
    ...local.deps,
    store: {
      ...store,
      loadPartialSession: (...args) => {
        reads.count += 1;
        return store.loadPartialSession(...args);
      },
    },
    announcements: {
      subscribe: (l) => {
        listeners.add(l);
        return () => listeners.delete(l);
      },
    },
  };
  render(<WorkspaceView deps={deps} />);
  await settled();
  reads.count = 0;
  const note = await store.addNote(session.id, section.id, { kind: 'text', text: 'missed' });
  const { epoch, seq } = local.sent.at(-1) ?? { epoch: (await local.deps.ask('workspace/get', {})).epoch, seq: 0 };
  // Number seq + 2: the one before it was never heard.
  for (const listener of listeners)
    listener({ type: 'workspace/changed', epoch, seq: seq + 2, change: { kind: 'note/added', note } });
  await screen.findByText('missed');
  expect(reads.count).toBeGreaterThanOrEqual(1);
  reads.count = 0;
  const other = await store.addNote(session.id, section.id, { kind: 'text', text: 'after a restart' });
  for (const listener of listeners)
    listener({ type: 'workspace/changed', epoch: 'new-run', seq: 1, change: { kind: 'note/added', note: other } });
  await screen.findByText('after a restart');
  expect(reads.count).toBeGreaterThanOrEqual(1);
});

test('two pages open at once see each other’s changes', async () => {
  const { local, store } = await opened();
  const first = render(
    <div data-page="one">
      <WorkspaceView deps={local.deps} />
    </div>,
  );
  const second = render(
    <div data-page="two">
      <WorkspaceView deps={{ ...local.deps, store }} />
    </div>,
  );
  const inPage = (page: string, text: string) =>
    document.querySelector(`[data-page="${page}"]`)!.textContent.includes(text);
  await waitFor(() => expect(inPage('one', 'Keynote') && inPage('two', 'Keynote')).toBe(true));
  const box = first.container.querySelector('textarea')!;
  fireEvent.input(box, { target: { value: 'written in one' } });
  fireEvent.keyDown(box, { key: 'Enter' });
  await waitFor(() => expect(inPage('two', 'written in one')).toBe(true));
  // And back: a section added in the second page shows in the first, and is the chosen one in both.
  fireEvent.click(second.container.querySelector('button.add-section')!);
  const form = second.container.querySelector('form[aria-label="New section"]')!;
  fireEvent.input(form.querySelector('input')!, { target: { value: 'Open Spaces' } });
  fireEvent.submit(form);
  await waitFor(() => expect(inPage('one', 'Open Spaces')).toBe(true));
  await waitFor(() => expect(first.container.querySelector('.target')!.textContent).toBe('→ Open Spaces'));
  await waitFor(() => expect(second.container.querySelector('.target')!.textContent).toBe('→ Open Spaces'));
});
