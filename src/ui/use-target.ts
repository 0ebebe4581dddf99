/**
 * The page side of "where does this note go": the talk it is about (frozen when typing began, else the one showing
 * now), the clock (frozen too, else now) and the target rule's answer over the page's view of the choice, the
 * follow state, the talks picked among parallel ones and the sections.
 */
import type { FrozenMoment } from '../model/context';
import { noteTarget, scheduledNow } from '../model/target';
import { isPlaying, liveTalk, useNow } from './live-talk';
import type { WorkspaceState } from './use-workspace';

/** "Started 12 min ago" moves on by the minute; a few ticks a minute keep it within seconds of the truth. */
const SCHEDULE_TICK = 10_000;

export function useTarget(state: WorkspaceState, frozen: FrozenMoment | null | undefined) {
  const sections = state.contents?.sections ?? [];
  const scheduled = sections.some((s) => s.schedule);
  const now = useNow(isPlaying(state.context) ? 1000 : scheduled ? SCHEDULE_TICK : 0);
  const talk = frozen ? (frozen.source ? frozen : null) : liveTalk(state.context, now);
  const clock = { now: frozen?.clockAt ?? now, choice: state.choice };
  const target = noteTarget(talk, state.selection, state.follow, sections, clock);
  // The talk on now that the user declined, for "File under … instead".
  const on = target.kind === 'section' && state.follow.declinedTalkId ? scheduledNow(sections, clock) : null;
  const declinedTalk = on && on.talk.talkId === state.follow.declinedTalkId ? on.section.title : null;
  return { now, talk, target, declinedTalk };
}
