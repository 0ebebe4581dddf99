// @vitest-environment jsdom
/**
 * A big session goes on screen a slice at a time, top first, each slice in a task of its own, so no one task
 * renders hundreds of sections; a session that fits the panel's usual window renders at once.
 */
import { configure, cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { importEntries } from '../../../src/backup/import';
import { freshStore } from '../../../src/store/test-support';
import { localWorkspace } from '../../../src/ui/test-support';
import { nextBudget, ONE_GO, sliceEnd, SLICE_COST, SLICE_MIN, SLICE_MS, useRevealed } from '../../../panel/reveal';
import { WorkspaceView } from '../../../panel/workspace';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});
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

describe('nextBudget', () => {
  test('scales the next slice to what the last took, within bounds', () => {
    expect(nextBudget(SLICE_COST, SLICE_MS)).toBe(SLICE_COST);
    expect(nextBudget(SLICE_COST, 2 * SLICE_MS)).toBe(SLICE_COST / 2);
    expect(nextBudget(60, SLICE_MS / 2)).toBe(120);
    expect(nextBudget(SLICE_COST, 100 * SLICE_MS)).toBe(SLICE_MIN);
    expect(nextBudget(100, SLICE_MS / 100)).toBe(SLICE_COST);
    expect(nextBudget(100, 0)).toBe(SLICE_COST);
  });
});

/** A session of `sections` empty talks, written in one import (single writes are slow in jsdom). */
async function sessionOf(sections: number) {
  const { store, db } = await freshStore();
  const session = await store.createSession({ title: 'Big day', date: '', description: '', tags: [], categories: [] });
  const first = await store.addSection(session.id, { title: 'Talk 1' });
  const rest = Array.from({ length: sections - 1 }, (_, i) => ({
    ...first,
    id: `talk-${i + 2}`,
    title: `Talk ${i + 2}`,
    order: first.order + i + 1,
  }));
  await importEntries(db, [{ session, sections: [first, ...rest], notes: [] }]);
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

/** The list as the workspace renders it, without the rest of the panel (hundreds of sections are slow in jsdom). */
function List({ sessionId, costs }: { sessionId: string; costs: number[] }) {
  const revealed = useRevealed(sessionId, costs);
  return (
    <main class="sections" aria-busy={revealed < costs.length ? 'true' : undefined}>
      {costs.slice(0, revealed).map((_, i) => (
        <section key={i}>Talk {i + 1}</section>
      ))}
    </main>
  );
}

test('a session bigger than the usual window shows its first slice, then the rest below it, slice by slice', async () => {
  const seen = watchSections();
  const costs = Array.from({ length: ONE_GO + 10 }, () => 1);
  const { container, rerender } = render(<List sessionId="big" costs={costs} />);
  const list = container.querySelector('main')!;
  await waitFor(() => expect(list.getAttribute('aria-busy')).toBeNull());
  // Slices of at most SLICE_COST, each below the last (their size follows how long the last took to render).
  expect(seen[0]).toBe(SLICE_COST);
  expect(seen.at(-1)).toBe(ONE_GO + 10);
  seen.slice(1).forEach((n, i) => expect(n - seen[i]!).toBeGreaterThan(0));
  seen.slice(1).forEach((n, i) => expect(n - seen[i]!).toBeLessThanOrEqual(SLICE_COST));
  expect([...list.children].map((s) => s.textContent)).toEqual(costs.map((_, i) => `Talk ${i + 1}`));

  // A section added to the session on screen shows at once; another session starts again from its first slice.
  rerender(<List sessionId="big" costs={[...costs, 1]} />);
  expect(list.children).toHaveLength(ONE_GO + 11);
  rerender(<List sessionId="other" costs={costs} />);
  expect(list.children.length).toBeGreaterThanOrEqual(SLICE_MIN);
  expect(list.children.length).toBeLessThanOrEqual(SLICE_COST);
  expect(list.getAttribute('aria-busy')).toBe('true');
  await waitFor(() => expect(list.children).toHaveLength(ONE_GO + 10));
});

test('slices shrink when rendering one takes long (a busy machine), down to the least', async () => {
  let now = 0;
  // Every reading of the clock is 10 slices' worth of time later.
  vi.spyOn(performance, 'now').mockImplementation(() => (now += 10 * SLICE_MS));
  const seen = watchSections();
  const costs = Array.from({ length: ONE_GO + 100 }, () => 1);
  const { container } = render(<List sessionId="slow" costs={costs} />);
  await waitFor(() => expect(container.querySelector('main')!.getAttribute('aria-busy')).toBeNull());
  const steps = seen.slice(1).map((n, i) => n - seen[i]!);
  expect(steps[0]).toBe(SLICE_COST); // asked before any slice was timed
  expect(steps[1]).toBe(SLICE_COST / 10);
  expect(steps.slice(2, -1).every((step) => step === SLICE_MIN)).toBe(true);
});

test('a session that fits the usual window is on screen in one go', async () => {
  const { store, session } = await sessionOf(SLICE_COST + 10);
  const seen = watchSections();
  const local = localWorkspace(store, { selection: { sessionId: session.id, sectionId: null } });
  render(<WorkspaceView deps={local.deps} />);
  await waitFor(() => expect(document.querySelectorAll('main.sections section')).toHaveLength(SLICE_COST + 10));
  expect(seen.filter((n) => n > 0)).toEqual([SLICE_COST + 10]);
  expect(document.querySelector('main.sections')!.getAttribute('aria-busy')).toBeNull();
});
