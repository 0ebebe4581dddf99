/**
 * The talk showing now, from the context the background last announced: a playing talk's time moves on from when
 * it was read (the background announces play, pause and seeks, so the page need not ask again every second).
 */
import { useEffect, useState } from 'preact/hooks';
import { frozenMoment } from '../capture/youtube/moment';
import type { FrozenMoment, PageContext } from '../model/context';

/** The context with a playing talk's time moved on to `now`. */
export function contextAt(context: PageContext | null, now: number): PageContext | null {
  const yt = context?.youtube;
  if (!context || !yt || yt.paused || yt.currentTime === null || !context.readAt || yt.problem) return context;
  const moved = yt.currentTime + Math.max(0, now - context.readAt) / 1000;
  const currentTime = yt.duration ? Math.min(moved, yt.duration) : moved;
  return { ...context, youtube: { ...yt, currentTime } };
}

/** The talk a note typed now would be about, with its time now; null when no talk shows. */
export function liveTalk(context: PageContext | null, now: number): FrozenMoment | null {
  const frozen = frozenMoment(contextAt(context, now), 0);
  return frozen.source ? frozen : null;
}

/**
 * The clock, ticking every `every` ms (a second while a talk plays, slower for "started 12 min ago"; 0: still):
 * only this page re-renders, nothing is asked.
 */
export function useNow(every: number): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!every) return undefined;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), every);
    return () => clearInterval(timer);
  }, [every]);
  return now;
}

export function isPlaying(context: PageContext | null): boolean {
  const yt = context?.youtube;
  return !!yt && !yt.paused && yt.currentTime !== null && !yt.problem;
}
