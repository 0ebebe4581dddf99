/**
 * A big session's sections put on screen a slice at a time. Rendering 318 sections with their 513 notes in one go
 * took the panel one task of 250-450 ms (Preact and the DOM, then style and layout), during which every Confnotes
 * page, sharing one renderer, froze; in slices of about 150 sections-and-notes each task is a third of that. The first
 * slice is the top of the list, where the page opens, and later slices go below it, so nothing on screen moves. A
 * session that fits the panel's usual window (ONE_GO) renders at once, as before. A slice's size follows how long
 * the last one took to render: on a busy machine (the panel re-reading a 100,000-note session after an import, with
 * other work on both cores) 150 took 600 ms and more, freezing the other pages as long.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

/** Sections plus notes rendered per task, at most and at least. */
export const SLICE_COST = 150;
export const SLICE_MIN = 10;
/** What a slice's rendering may take; style and layout of what it added come after, in about as long again. */
export const SLICE_MS = 30;

/** The next slice's budget, from the last one's and the milliseconds it took. */
export function nextBudget(budget: number, spentMs: number): number {
  const scaled = spentMs > 0 ? Math.floor((budget * SLICE_MS) / spentMs) : SLICE_COST;
  return Math.max(SLICE_MIN, Math.min(SLICE_COST, scaled));
}
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

function firstSlice(costs: readonly number[], budget: number): number {
  return costs.reduce((sum, cost) => sum + cost, 0) <= ONE_GO ? costs.length : sliceEnd(costs, 0, budget);
}

/**
 * How many of the session's sections to render now (from the top); Infinity once all were. A session opened
 * afresh starts again from its first slice; sections added to a session on screen show at once.
 */
export function useRevealed(sessionId: string | null, costs: readonly number[]): number {
  const [shown, setShown] = useState<{ sessionId: string | null; count: number }>({ sessionId: null, count: 0 });
  const opened = shown.sessionId !== sessionId;
  const budget = useRef(SLICE_COST);
  const count = opened ? firstSlice(costs, budget.current) : shown.count;
  const total = useRef(costs);
  total.current = costs;
  /** When the timer asking for the slice on screen fired (0: not a slice of ours). */
  const asked = useRef(0);
  // Right after the slice's commit, in the same task: its rendering, timed.
  useLayoutEffect(() => {
    if (!asked.current) return;
    budget.current = nextBudget(budget.current, performance.now() - asked.current);
    asked.current = 0;
  }, [count]);
  useEffect(() => {
    if (opened) setShown({ sessionId, count });
    if (count >= costs.length) {
      if (count !== Infinity) setShown({ sessionId, count: Infinity });
      return;
    }
    // A task of its own per slice, so the frame with what is rendered so far can paint in between.
    const timer = setTimeout(() => {
      asked.current = performance.now();
      setShown({ sessionId, count: sliceEnd(total.current, count, budget.current) });
    }, 0);
    return () => clearTimeout(timer);
  }, [sessionId, opened, count, costs.length]);
  return count;
}
