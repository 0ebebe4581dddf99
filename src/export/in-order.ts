/** Sections and notes in the user's order (ties by id), as the writeup and its images list them. */
function byOrderThenId<T extends { order: number; id: string }>(a: T, b: T): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The items in order; lists from the store already are, so check before copying and sorting. */
export function inOrder<T extends { order: number; id: string }>(items: readonly T[]): readonly T[] {
  for (let i = 1; i < items.length; i++) {
    if (byOrderThenId(items[i - 1] as T, items[i] as T) > 0) return [...items].sort(byOrderThenId);
  }
  return items;
}
