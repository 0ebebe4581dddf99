/**
 * "Now watching: <title> · 12:34": what a note typed now would be about, and when no timestamp can be taken,
 * why (an ad, not a talk, no video, a live stream, a tab that needs a reload). Asks the background once a second
 * while the page is visible; the time is not announced to screen readers at every tick, the reasons are.
 */
import { useEffect, useState } from 'preact/hooks';
import type { FrozenMoment, PageContext } from '../model/context';
import { CONTEXT_PROBLEMS } from '../capture/youtube/moment';
import { formatTimestamp } from '../capture/youtube/time';
import type { Ask } from './use-capture';

const EVERY_MS = 1000;

export function useContext(ask: Ask): PageContext | null | undefined {
  const [context, setContext] = useState<PageContext | null | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    let busy = false;
    const refresh = () => {
      if (busy || document.visibilityState === 'hidden') return;
      busy = true;
      ask('context/get', {}).then(
        (value) => { if (alive) setContext(value); },
        () => { if (alive) setContext(null); },
      ).finally(() => { busy = false; });
    };
    refresh();
    const timer = setInterval(refresh, EVERY_MS);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      alive = false;
      clearInterval(timer);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [ask]);
  return context;
}

/** The bar's words: the talk (if any), its time, and the reason when there is no timestamp. */
export function describe(context: PageContext | null): { title: string; time: string; reason: string } {
  if (!context) return { title: '', time: '', reason: CONTEXT_PROBLEMS.none };
  if (context.needsReload) return { title: context.title, time: '', reason: CONTEXT_PROBLEMS.needsReload };
  const yt = context.youtube;
  if (context.site !== 'youtube') return { title: '', time: '', reason: CONTEXT_PROBLEMS.notYouTube };
  if (!yt) return { title: '', time: '', reason: CONTEXT_PROBLEMS.loading };
  if (!yt.videoId) return { title: '', time: '', reason: yt.problem };
  const time = yt.currentTime === null || yt.problem ? '' : formatTimestamp(yt.currentTime);
  const live = yt.duration === null && time ? 'Live stream: the time is what the player reports.' : '';
  return { title: yt.title || 'Untitled video', time, reason: yt.problem || live };
}

export function NowWatching({ ask, frozen }: { ask: Ask; frozen?: FrozenMoment | null }) {
  const context = useContext(ask);
  if (context === undefined) return <section class="now-watching" aria-label="Now watching" aria-busy="true" />;
  const { title, time, reason } = describe(context);
  const paused = context?.youtube?.paused && time ? ' (paused)' : '';
  return (
    <section class="now-watching" aria-label="Now watching">
      {title && (
        <p class="watching">
          <span class="label">Now watching:</span> <span class="talk-title">{title}</span>
          {time && <> · <span class="time">{time}</span>{paused}</>}
        </p>
      )}
      <p class="reason" role="status">{reason}</p>
      <GoesTo frozen={frozen ?? null} watching={Boolean(context?.youtube?.videoId && !context.needsReload)} />
    </section>
  );
}

/**
 * Where the note goes: a note taken while a talk plays goes to that talk's section whatever section is chosen
 * (the background's note/capture), so say so rather than let the chosen section mislead.
 */
function GoesTo({ frozen, watching }: { frozen: FrozenMoment | null; watching: boolean }) {
  if (frozen?.source) {
    const talk = frozen.title || 'this talk';
    return frozen.moment
      ? <p class="frozen">This note will be at {formatTimestamp(frozen.moment.seconds)} in “{talk}”.</p>
      : <p class="frozen">This note goes to “{talk}”, without a time.</p>;
  }
  // Frozen on a page that is no talk: the note goes to the chosen section, whatever plays now.
  if (frozen) return null;
  return watching ? <p class="frozen">Notes go to this talk’s section, not the chosen one.</p> : null;
}
