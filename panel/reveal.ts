/**
 * A big session's sections put on screen a slice at a time. Rendering 318 sections with their 513 notes in one go
 * took the panel one task of 250-450 ms (Preact and the DOM, then style and layout), during which every Confnotes
 * page, sharing one renderer, froze; in slices of about 150 sections-and-notes each task is a third of that. The first
 * slice is the top of the list, where the page opens, and later slices go below it, so nothing on screen moves. A
 * session that fits the panel's usual window (ONE_GO) renders at once, as before.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

/** Sections plus notes rendered per task. */
export const SLICE_COST = 150;
/**
 * A session up to this many sections plus notes renders in one go: the panel's first window at 10,000 notes
 * (101 sections, 297 notes) is on screen in one frame, about 100 ms of rendering on a quiet machine, where slices
 * made it take twice as long to be whole (559 ms against 208 ms for the empty panel at a load of 12).
 */
export const ONE_GO = 400;

/** The end of the slice starting at `from`: at least one section, then as many as fit in `budget`. */
export function sliceEnd(costs: readonly number[], from: number, budget = SLICE_COST): number {
  let end = from;
  let spent = 0;
  while (end < costs.length && (end === from || spent + costs[end]! <= budget)) spent += costs[end++]!;
  return end;
}

function firstSlice(costs: readonly number[]): number {
  return costs.reduce((sum, cost) => sum + cost, 0) <= ONE_GO ? costs.length : sliceEnd(costs, 0);
}

/**
 * How many of the session's sections to render now (from the top); Infinity once all were. A session opened
 * afresh starts again from its first slice; sections added to a session on screen show at once.
 */
export function useRevealed(sessionId: string | null, costs: readonly number[]): number {
  const [shown, setShown] = useState<{ sessionId: string | null; count: number }>({ sessionId: null, count: 0 });
  const opened = shown.sessionId !== sessionId;
  const count = opened ? firstSlice(costs) : shown.count;
  const total = useRef(costs);
  total.current = costs;
  useEffect(() => {
    if (opened) setShown({ sessionId, count });
    if (count >= costs.length) {
      if (count !== Infinity) setShown({ sessionId, count: Infinity });
      return;
    }
    // A task of its own per slice, so the frame with what is rendered so far can paint in between.
    const timer = setTimeout(() => setShown({ sessionId, count: sliceEnd(total.current, count) }), 0);
    return () => clearTimeout(timer);
  }, [sessionId, opened, count, costs.length]);
  return count;
}
