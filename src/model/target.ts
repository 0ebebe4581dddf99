/**
 * Where a note goes: one pure rule over the talk being watched, the event's schedule and the clock, the user's
 * choice and whether notes follow the talk. The background files every note, clip and command capture by it; the
 * panel and popup show its answer in the note box before the note is saved ("→ Talk B · 12:34", "→ Talk C · Room 2
 * · started 12 min ago", "→ Open Spaces"), so what is shown is where it goes.
 */
import { talkOnNow, type NowChoice } from '../schedule/now';
import { talksOf } from '../schedule/section-talk';
import type { Follow, FrozenMoment, Selection } from './context';
import { chosenOrLast } from './selection';
import type { Id, Millis, Section, YouTubeSource } from './types';

/** The wall clock and the user's picks among parallel talks: what "the talk on now" is read by. */
export interface ClockView {
  now: Millis;
  choice: NowChoice;
}

/** Another talk of the same slot, one click away. */
export interface SlotAlternative {
  sectionId: Id;
  talkId: string;
  title: string;
  room: string;
}

export type NoteTarget =
  /** The talk's section (null: its first note creates it), with the talk's time when there is one. */
  | { kind: 'talk'; sectionId: Id | null; title: string; source: YouTubeSource; seconds: number | null }
  /** A chosen (or the last) section, never with a time; sectionId null: a first "Notes" section is made. */
  | { kind: 'section'; sectionId: Id | null; title: string }
  /**
   * No talk showing: the talk on now by the event's schedule (between talks, the next one). `words` is what the
   * note box says (`Talk C · Room 2 · started 12 min ago`); `alternatives` the other talks of that slot.
   */
  | {
      kind: 'scheduled';
      sectionId: Id;
      title: string;
      talkId: string;
      state: 'on' | 'next';
      words: string;
      alternatives: SlotAlternative[];
    };

/** The title of the section a session's first untimed note creates. */
export const FIRST_SECTION_TITLE = 'Notes';

export function talkTitle(title: string, source: YouTubeSource): string {
  return title.trim() || `YouTube video ${source.videoId}`;
}

/**
 * The talk on now among the session's scheduled sections (by `clock`), with its section and the other talks of its
 * slot; null when the session has no schedule or it is over.
 */
export function scheduledNow(sections: readonly Section[], clock: ClockView) {
  const on = talkOnNow(talksOf(sections), clock.now, clock.choice);
  if (!on) return null;
  const sectionOf = (talkId: string) => sections.find((s) => s.schedule?.talkId === talkId);
  const section = sectionOf(on.talk.talkId)!;
  const alternatives = on.alternatives.flatMap((t) => {
    const other = sectionOf(t.talkId);
    return other ? [{ sectionId: other.id, talkId: t.talkId, title: other.title, room: t.room }] : [];
  });
  return { ...on, section, alternatives };
}

/**
 * `talk`: the talk the note is about (frozen when typing began, or the one showing now), null when none shows.
 * A talk is followed unless the user declined it by choosing another section while it showed; a talk whose own
 * section is the chosen one is always followed. With no talk showing and `clock` given, the talk on now by the
 * schedule is followed the same way (declined by choosing a section outside its slot while it was on).
 */
export function noteTarget(
  talk: Pick<FrozenMoment, 'source' | 'moment' | 'title'> | null,
  selection: Selection,
  follow: Follow,
  sections: readonly Section[],
  clock?: ClockView,
): NoteTarget {
  const chosen = chosenOrLast(sections, selection.sectionId);
  const source = talk?.source;
  if (source) {
    const own = sections.find((s) => s.source?.kind === 'youtube' && s.source.videoId === source.videoId);
    if (follow.declinedVideoId !== source.videoId || (own && own.id === chosen?.id)) {
      const moment = talk.moment;
      const seconds =
        moment && moment.videoId === source.videoId && moment.seconds >= 0 ? Math.floor(moment.seconds) : null;
      return {
        kind: 'talk',
        sectionId: own?.id ?? null,
        title: own?.title ?? talkTitle(talk.title, source),
        source,
        seconds,
      };
    }
  }
  const on = clock ? scheduledNow(sections, clock) : null;
  if (on && (follow.declinedTalkId !== on.talk.talkId || on.section.id === chosen?.id)) {
    return {
      kind: 'scheduled',
      sectionId: on.section.id,
      title: on.section.title,
      talkId: on.talk.talkId,
      state: on.state,
      // The section's title: the user may have renamed the talk.
      words: on.words.replace(on.talk.title, on.section.title),
      alternatives: on.alternatives,
    };
  }
  return chosen
    ? { kind: 'section', sectionId: chosen.id, title: chosen.title }
    : { kind: 'section', sectionId: null, title: FIRST_SECTION_TITLE };
}

/**
 * The follow state after the user chose `sectionId` while `videoId` showed (null: no talk): choosing the talk's
 * own section (or choosing with no talk showing) follows; choosing any other section declines that talk. With no
 * talk showing, the same for the talk on now by the schedule (`onNow`: its slot's talk ids): choosing a talk of
 * that slot follows (it becomes the pick), any other section declines the talk on now.
 */
export function followAfterChoosing(
  sectionId: Id | null,
  videoId: string | null,
  sections: readonly Section[],
  onNow?: { talkId: string; slot: readonly string[] } | null,
): Follow {
  const section = sections.find((s) => s.id === sectionId);
  if (!videoId) {
    if (!onNow || !section || onNow.slot.includes(section.schedule?.talkId ?? '')) return { declinedVideoId: null };
    return { declinedVideoId: null, declinedTalkId: onNow.talkId };
  }
  return { declinedVideoId: section?.source?.videoId === videoId ? null : videoId };
}

/** An hour: a note this close to a scheduled talk's slot, taken without a video, keeps its clock moment. */
const NEAR = 60 * 60_000;

/**
 * Whether a note filed into `section` at `now` without a video time keeps its wall-clock moment: when the section
 * holds a scheduled talk and the note is taken within an hour of its slot (a talk running late, notes just after).
 */
export function keepsClock(section: Pick<Section, 'schedule'> | undefined, now: Millis): boolean {
  const talk = section?.schedule;
  return !!talk && now >= talk.start - NEAR && now <= talk.end + NEAR;
}
