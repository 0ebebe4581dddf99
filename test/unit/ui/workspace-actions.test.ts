/** The pure parts of the workspace: where a one-step move goes, the in-memory note patch, and selection fallback. */
import { describe, expect, test } from 'vitest';
import type { Note, Section, Session } from '../../../src/model/types';
import type { PartialSession } from '../../../src/store/api';
import { shownSessionId } from '../../../src/ui/use-workspace';
import { withNote } from '../../../src/ui/apply-change';
import { beforeIdForStep } from '../../../src/ui/workspace-actions';

const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
const note = (id: string, sectionId: string, order: number): Note => ({
  id,
  sessionId: 's',
  sectionId,
  order,
  kind: 'text',
  text: id,
  createdAt: 0,
  updatedAt: 0,
});
const section = (id: string): Section => ({
  id,
  sessionId: 's',
  title: id,
  speaker: '',
  order: 0,
  createdAt: 0,
  updatedAt: 0,
});
const session = (id: string): Session => ({
  id,
  title: id,
  date: '',
  description: '',
  tags: [],
  categories: [],
  fields: {},
  createdAt: 0,
  updatedAt: 0,
});

describe('beforeIdForStep', () => {
  test('up goes before the previous item, down before the one after next, ends do not move', () => {
    expect(beforeIdForStep(items, 'b', -1)).toBe('a');
    expect(beforeIdForStep(items, 'a', 1)).toBe('c');
    expect(beforeIdForStep(items, 'b', 1)).toBeNull(); // to the end
    expect(beforeIdForStep(items, 'a', -1)).toBeUndefined();
    expect(beforeIdForStep(items, 'c', 1)).toBeUndefined();
    expect(beforeIdForStep(items, 'x', 1)).toBeUndefined();
  });
});

describe('withNote', () => {
  // Section "one" has 10 notes, of which the newest two are loaded.
  const contents = (): PartialSession => ({
    session: session('s'),
    sections: [section('one'), section('two')],
    notesBySection: new Map([
      ['one', [note('n1', 'one', 1), note('n2', 'one', 2)]],
      ['two', [note('n3', 'two', 1)]],
    ]),
    noteCounts: new Map([
      ['one', 10],
      ['two', 1],
    ]),
  });

  test('adds, replaces and removes a note, keeping order, counts, and untouched sections as they were', () => {
    const before = contents();
    const added = withNote(before, 'n4', note('n4', 'one', 1.5));
    expect(added.notesBySection.get('one')!.map((n) => n.id)).toEqual(['n1', 'n4', 'n2']);
    expect(added.notesBySection.get('two')).toBe(before.notesBySection.get('two'));
    expect(before.notesBySection.get('one')).toHaveLength(2); // the input is not changed
    expect(added.noteCounts.get('one')).toBe(11);
    expect(withNote(added, 'n4', note('n4', 'one', 1.5)).noteCounts.get('one')).toBe(11); // an edit: same count

    const moved = withNote(added, 'n1', note('n1', 'two', 5), 'one');
    expect(moved.notesBySection.get('one')!.map((n) => n.id)).toEqual(['n4', 'n2']);
    expect(moved.notesBySection.get('two')!.map((n) => n.id)).toEqual(['n3', 'n1']);
    expect([...moved.noteCounts]).toEqual([
      ['one', 10],
      ['two', 2],
    ]);

    const removed = withNote(moved, 'n3', undefined, 'two');
    expect(removed.notesBySection.get('two')!.map((n) => n.id)).toEqual(['n1']);
    expect(removed.noteCounts.get('two')).toBe(1);
    // A note that was not loaded (folded away) still counts where it left and where it went.
    const unseen = withNote(removed, 'n0', note('n0', 'two', 0.5), 'one');
    expect([...unseen.noteCounts]).toEqual([
      ['one', 9],
      ['two', 2],
    ]);
    expect(unseen.notesBySection.get('two')!.map((n) => n.id)).toEqual(['n0', 'n1']);
  });
});

describe('shownSessionId', () => {
  test('a forgotten (or no) session falls back to the latest, which a capture would pick', () => {
    const sessions = [session('s'), session('t')];
    expect(shownSessionId('gone', sessions)).toBe('s');
    expect(shownSessionId(null, sessions)).toBe('s');
    expect(shownSessionId('t', sessions)).toBe('t');
    expect(shownSessionId(null, [])).toBeNull();
  });
});
