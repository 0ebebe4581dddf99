/**
 * "Now watching: <title> · 12:34": the talk in the context tab, and when no timestamp can be taken, why (an ad,
 * not a talk, no video, a live stream, a tab that needs a reload). The context is what the background announced;
 * the time of a playing talk moves on here. The time is not announced to screen readers at every tick, the
 * reasons are.
 */
import type { PageContext } from '../model/context';
import { CONTEXT_PROBLEMS } from '../capture/youtube/moment';
import { formatTimestamp } from '../model/timestamp';
import { contextAt } from './live-talk';

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

/** `context`: undefined while the page has not heard from the background yet. */
export function NowWatching({ context, now }: { context: PageContext | null | undefined; now: number }) {
  if (context === undefined) return <section class="now-watching" aria-label="Now watching" aria-busy="true" />;
  const { title, time, reason } = describe(contextAt(context, now));
  const paused = context?.youtube?.paused && time ? ' (paused)' : '';
  return (
    <section class="now-watching" aria-label="Now watching">
      {title && (
        <p class="watching">
          <span class="label">Now watching:</span> <span class="talk-title">{title}</span>
          {time && (
            <>
              {' '}
              · <span class="time">{time}</span>
              {paused}
            </>
          )}
        </p>
      )}
      <p class="reason" role="status">
        {reason}
      </p>
    </section>
  );
}
