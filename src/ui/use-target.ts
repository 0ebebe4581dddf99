/**
 * The page side of "where does this note go": the talk it is about (frozen when typing began, else the one showing
 * now) and the target rule's answer over the page's view of the choice, the follow state and the sections.
 */
import type { FrozenMoment } from '../model/context';
import { noteTarget } from '../model/target';
import { isPlaying, liveTalk, useNow } from './live-talk';
import type { WorkspaceState } from './use-workspace';

export function useTarget(state: WorkspaceState, frozen: FrozenMoment | null | undefined) {
  const now = useNow(isPlaying(state.context));
  const talk = frozen ? (frozen.source ? frozen : null) : liveTalk(state.context, now);
  const target = noteTarget(talk, state.selection, state.follow, state.contents?.sections ?? []);
  return { now, talk, target };
}
