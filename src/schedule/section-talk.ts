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
  const { title, ...schedule } = talk;
  return { title, speaker: talk.speakers.join(', '), schedule: { ...schedule, speakers: [...talk.speakers] } };
}

/** The talk a section holds (with its current title), or null for a section not from a schedule. */
export function talkOf(section: Pick<Section, 'title' | 'schedule'>): Talk | null {
  return section.schedule ? { ...section.schedule, title: section.title } : null;
}

/** The talks of a session's sections, for `mergeSchedule` and `talkOnNow`, in the sections' order. */
export function talksOf(sections: readonly Pick<Section, 'title' | 'schedule' | 'order'>[]): Talk[] {
  return [...sections].sort((a, b) => a.order - b.order).map(talkOf).filter((t): t is Talk => t !== null);
}

/** `+12:05` for a clock-stamped note in a talk from the schedule; null otherwise. */
export function clockLabelOf(note: Note, section: Pick<Section, 'schedule'>): string | null {
  if ((note.kind !== 'text' && note.kind !== 'quote') || !note.clock || !section.schedule) return null;
  return timeIntoTalk(note.clock.at, section.schedule.start);
}
