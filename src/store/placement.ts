/**
 * Where an item lands among its siblings. Usually one write (the midpoint of its new neighbours); when the
 * neighbours are too close for a float midpoint, the siblings are renumbered in the same transaction.
 */
import { ORDER_STEP, orderAfterLast, orderBetween } from '../model/order';
import type { Id } from '../model/types';
import type { Place } from './api';

export interface Placement<T> {
  order: number;
  /** Siblings whose order had to change; write them with the placed item. */
  renumbered: T[];
}

/** `siblings` sorted by order and without the item being placed. */
export function placeAmong<T extends { id: Id; order: number }>(
  siblings: readonly T[],
  place: Place = {},
): Placement<T> {
  const beforeId = place.beforeId ?? null;
  const index = beforeId === null ? siblings.length : siblings.findIndex((s) => s.id === beforeId);
  if (index < 0) throw new Error('The item to place it before is no longer there.');
  const order =
    beforeId === null
      ? orderAfterLast(siblings.map((s) => s.order))
      : orderBetween(siblings[index - 1]?.order, siblings[index]?.order);
  if (order !== null) return { order, renumbered: [] };
  // Renumber evenly with a gap at `index` for the placed item.
  const renumbered = siblings.map((s, i) => ({ ...s, order: (i < index ? i + 1 : i + 2) * ORDER_STEP }));
  return { order: (index + 1) * ORDER_STEP, renumbered };
}
