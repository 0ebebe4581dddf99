import { describe, expect, it } from 'vitest';
import { ORDER_STEP } from '../model/order';
import { LIMITS } from '../model/limits';
import { placeAmong } from './placement';
import { allNotes, freshStore, putRawNotes } from './test-support';

const items = (...orders: number[]) => orders.map((order, i) => ({ id: `s${i}`, order }));

describe('placeAmong', () => {
  it('puts an item after the last when no place is given', () => {
    expect(placeAmong([])).toEqual({ order: ORDER_STEP, renumbered: [] });
    expect(placeAmong(items(1024, 2048), { beforeId: null })).toEqual({ order: 2048 + ORDER_STEP, renumbered: [] });
  });

  it('takes the midpoint of the new neighbours: one write', () => {
    expect(placeAmong(items(1024, 2048), { beforeId: 's1' })).toEqual({ order: 1536, renumbered: [] });
    expect(placeAmong(items(1024, 2048), { beforeId: 's0' })).toEqual({ order: 0, renumbered: [] });
  });

  it('renumbers the siblings when there is no room left between two neighbours', () => {
    const a = 1;
    const b = a + Number.EPSILON; // no float strictly between a and b
    const { order, renumbered } = placeAmong(items(a, b, 5), { beforeId: 's1' });
    expect(order).toBe(2 * ORDER_STEP);
    expect(renumbered.map((s) => [s.id, s.order])).toEqual([
      ['s0', ORDER_STEP],
      ['s1', 3 * ORDER_STEP],
      ['s2', 4 * ORDER_STEP],
    ]);
  });

  it('refuses a sibling that is not there', () => {
    expect(() => placeAmong(items(1), { beforeId: 'gone' })).toThrow(/no longer there/);
  });
});

describe('orders never run out', () => {
  const at = (...orders: number[]) => orders.map((order, i) => ({ id: `n${i}`, order }));

  it('appending after an order at the bound renumbers instead of leaving ±2^50', () => {
    const placed = placeAmong(at(1024, LIMITS.order - 10));
    expect(placed.order).toBe(3 * ORDER_STEP);
    expect(placed.renumbered.map((s) => s.order)).toEqual([ORDER_STEP, 2 * ORDER_STEP]);
  });

  it('placing before the first at the lower bound renumbers too', () => {
    const placed = placeAmong(at(-LIMITS.order + 10, 0), { beforeId: 'n0' });
    expect(placed.order).toBe(ORDER_STEP);
    expect(placed.renumbered.map((s) => s.order)).toEqual([2 * ORDER_STEP, 3 * ORDER_STEP]);
  });

  it('a store whose notes were imported at the bound still takes new notes, in order', async () => {
    const { store, db } = await freshStore();
    const session = await store.createSession({ title: 'S', date: '', description: '', tags: [], categories: [] });
    const section = await store.addSection(session.id, { title: 'Notes' });
    const first = await store.addNote(session.id, section.id, { kind: 'text', text: 'first' });
    await putRawNotes(db, [{ ...first, order: LIMITS.order }]);
    const second = await store.addNote(session.id, section.id, { kind: 'text', text: 'second' });
    const notes = (await allNotes(db)).sort((a, b) => a.order - b.order);
    expect(notes.map((n) => n.id)).toEqual([first.id, second.id]);
    expect(Math.max(...notes.map((n) => Math.abs(n.order)))).toBeLessThanOrEqual(LIMITS.order);
  });
});
