/**
 * Ordering by numbers: each item carries `order`; a new item goes after the last (last + STEP), and a move
 * takes the midpoint of its new neighbours so that it is one write. When neighbours get too close for a float
 * midpoint, the caller renumbers the list (`renumber`).
 */
export const ORDER_STEP = 1024;

export function orderAfterLast(orders: readonly number[]): number {
  return orders.length === 0 ? ORDER_STEP : Math.max(...orders) + ORDER_STEP;
}

/** The order for an item placed between `before` and `after` (either may be missing at the ends). */
export function orderBetween(before: number | undefined, after: number | undefined): number | null {
  if (before === undefined && after === undefined) return ORDER_STEP;
  if (before === undefined) return (after as number) - ORDER_STEP;
  if (after === undefined) return before + ORDER_STEP;
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
