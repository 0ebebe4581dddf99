import { describe, expect, it } from 'vitest';
import { ORDER_STEP } from '../model/order';
import { placeAmong } from './placement';

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
    expect(renumbered.map((s) => [s.id, s.order])).toEqual([['s0', ORDER_STEP], ['s1', 3 * ORDER_STEP], ['s2', 4 * ORDER_STEP]]);
  });

  it('refuses a sibling that is not there', () => {
    expect(() => placeAmong(items(1), { beforeId: 'gone' })).toThrow(/no longer there/);
  });
});
