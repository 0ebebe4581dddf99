/**
 * Where a note goes: one pure rule over the talk being watched, the user's choice and whether notes follow the
 * talk. The background files every note, clip and command capture by it; the panel and popup show its answer in
 * the note box before the note is saved ("→ Talk B · 12:34", "→ Open Spaces"), so what is shown is where it goes.
 */
import type { Follow, FrozenMoment, Selection } from './context';
import { chosenOrLast } from './selection';
import type { Id, Section, YouTubeSource } from './types';

export type NoteTarget =
  /** The talk's section (null: its first note creates it), with the talk's time when there is one. */
  | { kind: 'talk'; sectionId: Id | null; title: string; source: YouTubeSource; seconds: number | null }
  /** A chosen (or the last) section, never with a time; sectionId null: a first "Notes" section is made. */
  | { kind: 'section'; sectionId: Id | null; title: string };

/** The title of the section a session's first untimed note creates. */
export const FIRST_SECTION_TITLE = 'Notes';

export function talkTitle(title: string, source: YouTubeSource): string {
  return title.trim() || `YouTube video ${source.videoId}`;
}

/**
 * `talk`: the talk the note is about (frozen when typing began, or the one showing now), null when none shows.
 * A talk is followed unless the user declined it by choosing another section while it showed; a talk whose own
 * section is the chosen one is always followed.
 */
export function noteTarget(
  talk: Pick<FrozenMoment, 'source' | 'moment' | 'title'> | null,
  selection: Selection,
  follow: Follow,
  sections: readonly Section[],
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
  return chosen
    ? { kind: 'section', sectionId: chosen.id, title: chosen.title }
    : { kind: 'section', sectionId: null, title: FIRST_SECTION_TITLE };
}

/**
 * The follow state after the user chose `sectionId` while `videoId` showed (null: no talk): choosing the talk's
 * own section (or choosing with no talk showing) follows; choosing any other section declines that talk.
 */
export function followAfterChoosing(
  sectionId: Id | null,
  videoId: string | null,
  sections: readonly Section[],
): Follow {
  if (!videoId) return { declinedVideoId: null };
  const section = sections.find((s) => s.id === sectionId);
  return { declinedVideoId: section?.source?.videoId === videoId ? null : videoId };
}
