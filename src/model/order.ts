/**
 * Ordering by numbers: each item carries `order`; a new item goes after the last (last + STEP), and a move
 * takes the midpoint of its new neighbours so that it is one write. When neighbours get too close for a float
 * midpoint, or a new order would leave ±LIMITS.order (past 2^53 adding the step changes nothing, and orders
 * collide), these return null and the caller renumbers the list (`renumber`): orders never run out.
 */
import { LIMITS } from './limits';

export const ORDER_STEP = 1024;

const inBounds = (order: number): number | null => (Math.abs(order) <= LIMITS.order ? order : null);

export function orderAfterLast(orders: readonly number[]): number | null {
  return orders.length === 0 ? ORDER_STEP : inBounds(Math.max(...orders) + ORDER_STEP);
}

/** The order for an item placed between `before` and `after` (either may be missing at the ends). */
export function orderBetween(before: number | undefined, after: number | undefined): number | null {
  if (before === undefined && after === undefined) return ORDER_STEP;
  if (before === undefined) return inBounds((after as number) - ORDER_STEP);
  if (after === undefined) return inBounds(before + ORDER_STEP);
  const mid = (before + after) / 2;
  return mid > before && mid < after ? mid : null;
}

/** Fresh, evenly spaced orders for a list already in the wanted order. */
export function renumber<T extends { order: number }>(items: readonly T[]): T[] {
  return items.map((item, i) => ({ ...item, order: (i + 1) * ORDER_STEP }));
}

export function byOrder<T extends { order: number }>(a: T, b: T): number {
  return a.order - b.order;
}
