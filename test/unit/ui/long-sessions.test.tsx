// @vitest-environment jsdom
/** Long sessions open fast: only a budget of notes is on screen at first, the rest a click away. */
import { configure, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { initialShown, NOTES_SHOWN, PANEL_BUDGET } from '../../../src/ui/note-window';
import type { Store } from '../../../src/store/api';
import { freshStore, pagedRecords } from '../../../src/store/test-support';
import type { Note } from '../../../src/model/types';
import { localWorkspace } from '../../../src/ui/test-support';
import { WorkspaceView } from '../../../panel/workspace';

afterEach(cleanup);
// The default 1 s for findBy/waitFor is too tight for IndexedDB plus rendering on a loaded 2-core machine.
configure({ asyncUtilTimeout: 5000 });

describe('initialShown', () => {
  test('the current section first, then the latest sections, until the budget is spent', () => {
    const ids = Array.from({ length: 10 }, (_, i) => `s${i}`);
    const counts = new Map(ids.map((id) => [id, 30]));
    const shown = initialShown(ids, counts, 's2');
    expect(PANEL_BUDGET).toBe(200);
    expect(['s2', 's9', 's8', 's7', 's6', 's5'].map((id) => shown.get(id))).toEqual([30, 30, 30, 30, 30, 30]);
    expect(shown.get('s4')).toBe(PANEL_BUDGET - 180);
    expect(shown.get('s3')).toBe(0);
    expect(shown.get('s0')).toBe(0);
    expect([...shown.values()].reduce((a, b) => a + b, 0)).toBe(PANEL_BUDGET);
    expect(initialShown(['big'], new Map([['big', 10_000]]), null).get('big')).toBe(NOTES_SHOWN);
  });
});

/** A session with one 300-note section ("note 0".."note 299"), written in one transaction. */
async function marathon() {
  const { store, db } = await freshStore();
  const session = await store.createSession({ title: 'Marathon', date: '', description: '', tags: [], categories: [] });
  const section = await store.addSection(session.id, { title: 'All day' });
  // Written in one transaction (with the section's count, as the store keeps it): adding them one by one through
  // the store is not what this test is about.
  const stored = (await db.get('sections', section.id))!;
  const tx = db.transaction(['sections', 'notePages'], 'readwrite');
  void tx.objectStore('sections').put({ ...stored, noteCount: 300 });
  const notes: Note[] = [];
  for (let i = 0; i < 300; i += 1) {
    notes.push({
      id: `n${i}`,
      sessionId: session.id,
      sectionId: section.id,
      kind: 'text',
      text: `note ${i}`,
      order: i + 1,
      createdAt: i,
      updatedAt: i,
    });
  }
  for (const page of pagedRecords(notes)) void tx.objectStore('notePages').put(page);
  await tx.done;
  let fullReads = 0;
  const counting: Store = {
    ...store,
    loadSession: (id) => {
      fullReads += 1;
      return store.loadSession(id);
    },
  };
  const local = localWorkspace(store);
  render(<WorkspaceView deps={{ ...local.deps, store: counting }} />);
  await screen.findByText('note 299');
  const shownTexts = () => [...document.querySelectorAll('.note-text')].map((e) => e.textContent);
  return { store, session, section, local, shownTexts, fullReads: () => fullReads };
}

/** The "Show N earlier notes" button's text, or null (found by class: role queries are slow over 300 notes). */
const showMore = () => document.querySelector('button.show-more')?.textContent ?? null;

/** Clicks "Show … earlier notes" until the whole section is on screen; gives the buttons' texts in turn. */
async function unfoldAll(): Promise<string[]> {
  const names: string[] = [];
  for (let name = showMore(); name !== null; name = showMore()) {
    names.push(name);
    fireEvent.click(document.querySelector('button.show-more')!);
    await waitFor(() => expect(showMore()).not.toBe(name));
  }
  await screen.findByText('note 0');
  return names;
}

test('a 300-note section reads only its latest notes and reads earlier ones on request', async () => {
  const { fullReads } = await marathon();
  expect(document.querySelectorAll('.note')).toHaveLength(NOTES_SHOWN);
  expect(screen.queryByText(`note ${299 - NOTES_SHOWN}`)).toBeNull();
  expect(await unfoldAll()).toEqual(['Show 250 earlier notes (250 hidden)']);
  expect(document.querySelectorAll('.note')).toHaveLength(300);
  expect(showMore()).toBeNull();
  expect(fullReads()).toBe(0);
}, 30_000);

test('moving the first loaded note up puts it above the note before the window, both on screen, in the stored order', async () => {
  const { store, session, section, shownTexts } = await marathon();
  const notes = document.querySelectorAll('.note');
  fireEvent.click(within(notes[0] as HTMLElement).getByRole('button', { name: 'Note actions' }));
  expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Move up' }).disabled).toBe(false);
  fireEvent.click(screen.getByRole('button', { name: 'Move up' }));
  await waitFor(() => expect(shownTexts().slice(0, 3)).toEqual(['note 250', 'note 249', 'note 251']));
  expect(document.querySelectorAll('.note')).toHaveLength(NOTES_SHOWN + 1);
  expect(showMore()).toBe('Show 249 earlier notes (249 hidden)');
  const stored = (await store.loadSession(session.id))!.notesBySection.get(section.id)!.map((n) => n.id);
  expect(stored.slice(248, 252)).toEqual(['n248', 'n250', 'n249', 'n251']);
}, 30_000);

test('an announced note, a delete and its undo keep what was unfolded and the hidden count right', async () => {
  const { store, local, shownTexts } = await marathon();
  await unfoldAll();
  await local.owner.captureNote('from the popup', null);
  await screen.findByText('from the popup');
  expect(document.querySelectorAll('.note')).toHaveLength(301);
  expect(shownTexts()[0]).toBe('note 0');

  cleanup();
  render(<WorkspaceView deps={localWorkspace(store).deps} />);
  await screen.findByText('from the popup');
  expect(showMore()).toBe('Show 250 earlier notes (251 hidden)');
  fireEvent.click(
    within(document.querySelectorAll('.note')[0] as HTMLElement).getByRole('button', { name: 'Note actions' }),
  );
  fireEvent.click(within(document.querySelectorAll('.note')[0] as HTMLElement).getByRole('button', { name: 'Delete' }));
  await waitFor(() => expect(screen.queryByText('note 251')).toBeNull());
  expect(showMore()).toBe('Show 250 earlier notes (251 hidden)');
  fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
  await screen.findByText('note 251');
  expect(shownTexts()[0]).toBe('note 251');
  expect(document.querySelectorAll('.note')).toHaveLength(NOTES_SHOWN);
  expect(showMore()).toBe('Show 250 earlier notes (251 hidden)');
}, 30_000);
