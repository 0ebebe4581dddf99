/**
 * From what a YouTube tab reports to the moment a note is about. Pure: the background gives it the content
 * script's state (or null when no script answered) and the rewind setting.
 */
import type { FrozenMoment, PageContext, YouTubeState } from '../../model/context';
import type { YouTubeSource } from '../../model/types';
import { momentSeconds } from '../../model/timestamp';

export const CONTEXT_PROBLEMS = {
  none: 'No web page is open: notes are saved without a timestamp.',
  notYouTube: 'The page you are on is not a YouTube talk: notes are saved without a timestamp.',
  needsReload: 'Reload the YouTube tab (Confnotes was updated since it opened): notes are saved without a timestamp.',
  loading: 'The YouTube tab is still loading: notes are saved without a timestamp.',
} as const;

export function sourceOf(state: YouTubeState): YouTubeSource | null {
  if (!state.videoId) return null;
  const source: YouTubeSource = { kind: 'youtube', videoId: state.videoId };
  if (state.list) source.list = state.list;
  if (state.index) source.index = state.index;
  if (state.channel) source.channel = state.channel;
  if (state.channelUrl) source.channelUrl = state.channelUrl;
  if (state.duration !== null) source.duration = Math.round(state.duration);
  return source;
}

/** The talk and moment of a context; the moment is null (with the reason) when the page gives no usable time. */
export function frozenMoment(context: PageContext | null, rewindSeconds: number): FrozenMoment {
  const none = { moment: null, source: null, title: '' };
  if (!context) return { ...none, problem: CONTEXT_PROBLEMS.none };
  if (context.site !== 'youtube') return { ...none, problem: CONTEXT_PROBLEMS.notYouTube };
  const state = context.youtube;
  if (!state) {
    return { ...none, problem: context.needsReload ? CONTEXT_PROBLEMS.needsReload : CONTEXT_PROBLEMS.loading };
  }
  const source = sourceOf(state);
  const title = state.title;
  if (!source || state.currentTime === null || state.problem) {
    return { moment: null, source, title, problem: state.problem || CONTEXT_PROBLEMS.loading };
  }
  const seconds = momentSeconds(state.currentTime, rewindSeconds);
  return { moment: { videoId: source.videoId, seconds }, source, title, problem: '' };
}
