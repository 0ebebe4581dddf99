// @vitest-environment jsdom
/**
 * A big session goes on screen a slice at a time, top first, each slice in a task of its own, so no one task
 * renders hundreds of sections; a session that fits one slice renders at once.
 */
import { configure, cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { freshStore } from '../../../src/store/test-support';
import { localWorkspace } from '../../../src/ui/test-support';
import { sliceEnd, SLICE_COST } from '../../../panel/reveal';
import { WorkspaceView } from '../../../panel/workspace';

afterEach(cleanup);
configure({ asyncUtilTimeout: 10_000 });

describe('sliceEnd', () => {
  test('takes sections while they fit the budget, and always at least one', () => {
    expect(sliceEnd([1, 1, 1, 1], 0, 3)).toBe(3);
    expect(sliceEnd([1, 1, 1, 1], 3, 3)).toBe(4);
    expect(sliceEnd([51, 51, 1], 0, 100)).toBe(1);
    expect(sliceEnd([500, 1], 0, 100)).toBe(1);
    expect(sliceEnd([2, 3], 2, 100)).toBe(2);
  });
});

async function sessionOf(sections: number) {
  const { store } = await freshStore();
  const session = await store.createSession({ title: 'Big day', date: '', description: '', tags: [], categories: [] });
  for (let i = 1; i <= sections; i++) await store.addSection(session.id, { title: `Talk ${i}` });
  return { store, session };
}

/** How many sections the list held after each batch of DOM changes, in order. */
function watchSections(): number[] {
  const seen: number[] = [];
  new MutationObserver(() => {
    const n = document.querySelectorAll('main.sections section').length;
    if (n !== seen.at(-1)) seen.push(n);
  }).observe(document.body, { childList: true, subtree: true });
  return seen;
}

test('a session of more sections than a slice holds shows its first slice, then the rest below it', async () => {
  const { store, session } = await sessionOf(SLICE_COST + 10);
  const seen = watchSections();
  const local = localWorkspace(store, { selection: { sessionId: session.id, sectionId: null } });
  render(<WorkspaceView deps={local.deps} />);
  await screen.findByRole('heading', { name: `Talk ${SLICE_COST + 10}` });
  const list = screen.getByRole('main');
  await waitFor(() => expect(list.getAttribute('aria-busy')).toBeNull());
  expect(seen.filter((n) => n > 0)).toEqual([SLICE_COST, SLICE_COST + 10]);
  const titles = [...list.querySelectorAll('section h2, section h3')].map((h) => h.textContent);
  expect(titles.filter((t) => t?.startsWith('Talk '))).toHaveLength(SLICE_COST + 10);
}, 30_000);

test('a session that fits one slice is on screen in one go', async () => {
  const { store, session } = await sessionOf(12);
  const seen = watchSections();
  const local = localWorkspace(store, { selection: { sessionId: session.id, sectionId: null } });
  render(<WorkspaceView deps={local.deps} />);
  await screen.findByRole('heading', { name: 'Talk 12' });
  expect(seen.filter((n) => n > 0)).toEqual([12]);
  expect(screen.getByRole('main').getAttribute('aria-busy')).toBeNull();
});
