// @vitest-environment jsdom
/** Long sessions open fast: only a budget of notes is on screen at first, the rest a click away (issue 6). */
import { configure, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { initialShown, NOTES_SHOWN, PANEL_BUDGET } from '../../../src/ui/section-view';
import { freshStore } from '../../../src/store/test-support';
import { memoryChanges, memorySelection } from '../../../src/ui/page-deps';
import { WorkspaceView } from '../../../src/ui/workspace';

afterEach(cleanup);
// The default 1 s for findBy/waitFor is too tight for IndexedDB plus rendering on a loaded 2-core machine.
configure({ asyncUtilTimeout: 5000 });

describe('initialShown', () => {
  test('the current section first, then the latest sections, until the budget is spent', () => {
    const ids = Array.from({ length: 10 }, (_, i) => `s${i}`);
    const counts = new Map(ids.map((id) => [id, 150]));
    const shown = initialShown(ids, counts, 's2');
    expect(shown.get('s2')).toBe(150);
    expect(shown.get('s9')).toBe(150);
    expect(shown.get('s8')).toBe(150);
    expect(shown.get('s7')).toBe(PANEL_BUDGET - 450);
    expect(shown.get('s0')).toBe(0);
    expect([...shown.values()].reduce((a, b) => a + b, 0)).toBe(PANEL_BUDGET);
    expect(initialShown(['big'], new Map([['big', 10_000]]), null).get('big')).toBe(NOTES_SHOWN);
  });
});

test('a 600-note section shows its latest notes and reveals earlier ones on request', async () => {
  const { store, db } = await freshStore();
  const session = await store.createSession({ title: 'Marathon', date: '', description: '', tags: [], categories: [] });
  const section = await store.addSection(session.id, { title: 'All day' });
  // Written in one transaction: adding them one by one through the store is not what this test is about.
  const tx = db.transaction('notes', 'readwrite');
  for (let i = 0; i < 600; i += 1) {
    void tx.store.put({ id: `n${i}`, sessionId: session.id, sectionId: section.id, kind: 'text', text: `note ${i}`, order: i + 1, createdAt: i, updatedAt: i });
  }
  await tx.done;
  render(<WorkspaceView deps={{ store, selection: memorySelection(), changes: memoryChanges() }} />);
  await screen.findByText('note 599');
  expect(document.querySelectorAll('.note')).toHaveLength(NOTES_SHOWN);
  expect(screen.queryByText('note 399')).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Show 400 earlier notes (400 hidden)' }));
  await screen.findByText('note 399');
  expect(document.querySelectorAll('.note')).toHaveLength(600);
}, 30_000);
