/**
 * Between talks and sections: a talk becomes a section's title, speaker line and schedule; a section imported
 * from a schedule reads back as a talk for the re-import merge and for "talk on now".
 */
import type { Note, Section, SectionSchedule } from '../model/types';
import { timeIntoTalk } from './clock';
import type { Talk } from './talk';

export interface TalkSectionFields {
  title: string;
  /** "Speaker – Title" headings read this: the speakers in the schedule's order. */
  speaker: string;
  schedule: SectionSchedule;
}

export function sectionFieldsOf(talk: Talk): TalkSectionFields {
  return { title: talk.title, speaker: talk.speakers.join(', '), schedule: { ...talk, speakers: [...talk.speakers] } };
}

/** The talk a section holds (as the schedule last gave it), or null for a section not from a schedule. */
export function talkOf(section: Pick<Section, 'schedule'>): Talk | null {
  return section.schedule ?? null;
}

/** The talks of a session's sections, for `mergeSchedule` and `talkOnNow`, in the sections' order. */
export function talksOf(sections: readonly Pick<Section, 'schedule' | 'order'>[]): Talk[] {
  return [...sections]
    .sort((a, b) => a.order - b.order)
    .map(talkOf)
    .filter((t): t is Talk => t !== null);
}

/** `+12:05` for a clock-stamped note in a talk from the schedule; null otherwise. */
export function clockLabelOf(note: Note, section: Pick<Section, 'schedule'>): string | null {
  if ((note.kind !== 'text' && note.kind !== 'quote') || !note.clock || !section.schedule) return null;
  return timeIntoTalk(note.clock.at, section.schedule.start);
}
