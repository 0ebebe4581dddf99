/**
 * What importing a schedule into a session will change, said before the user confirms: the talks it adds, and
 * those it moves, renames or marks cancelled, each in one line in the event's own time zone. Pure: computed by the
 * same merge the import applies (src/schedule/merge.ts), so what is previewed is what is written.
 */
import type { Millis, Section } from '../model/types';
import { mergeSchedule, type ScheduleFilter, type TalkUpdate } from './merge';
import { talksOf } from './section-talk';
import { daysOf, roomsOf, type Schedule, type ScheduleFormat, type Talk } from './talk';
import { localClock, localDate } from './zoned-time';

export interface PreviewLine {
  talkId: string;
  title: string;
  /** `Room 2 · Sat 28 Mar 10:00`, or for a change `Sat 10:00 → Sun 11:30`. */
  words: string;
}

export interface SchedulePreview {
  title: string;
  format: ScheduleFormat;
  /** Every day and room of the file, for the filters (whatever the filter chose). */
  days: string[];
  rooms: string[];
  talks: number;
  added: PreviewLine[];
  moved: PreviewLine[];
  renamed: PreviewLine[];
  cancelled: PreviewLine[];
  /** Other changes (speakers, abstract, page, confirmed again). */
  updated: PreviewLine[];
  unchanged: number;
}

const DAY = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

/** `Sat 28 Mar 10:00` in the talk's zone (noon UTC of its local date carries that date's weekday in any zone). */
export function slotWords(at: Millis, timeZone: string): string {
  const zone = timeZone || 'UTC';
  const day = DAY.format(Date.parse(`${localDate(at, zone)}T12:00:00Z`)).replace(',', '');
  return `${day} ${localClock(at, zone)}`;
}

function where(talk: Talk): string {
  return [talk.room, slotWords(talk.start, talk.timeZone)].filter(Boolean).join(' · ');
}

function changeWords(update: TalkUpdate): string {
  const { before, after, changes } = update;
  const parts: string[] = [];
  if (changes.includes('moved'))
    parts.push(`${slotWords(before.start, before.timeZone)} → ${slotWords(after.start, after.timeZone)}`);
  if (changes.includes('room')) parts.push(`${before.room || 'no room'} → ${after.room || 'no room'}`);
  if (changes.includes('renamed')) parts.push(`was “${before.title}”`);
  if (changes.includes('speakers')) parts.push(`speakers: ${after.speakers.join(', ') || 'none'}`);
  if (changes.includes('details')) parts.push('details changed');
  if (changes.includes('confirmed')) parts.push('back on the schedule');
  if (changes.includes('cancelled')) parts.push(where(before));
  return parts.join(' · ');
}

/** `sections`: the session's sections (any order). */
export function previewScheduleImport(
  sections: readonly Section[],
  schedule: Schedule,
  filter: ScheduleFilter = {},
): SchedulePreview {
  const merge = mergeSchedule(talksOf(sections), schedule, filter);
  const preview: SchedulePreview = {
    title: schedule.title,
    format: schedule.format,
    days: daysOf(schedule.talks),
    rooms: roomsOf(schedule.talks).filter(Boolean),
    talks: schedule.talks.length,
    added: merge.added.map(({ talk }) => ({ talkId: talk.talkId, title: talk.title, words: where(talk) })),
    moved: [],
    renamed: [],
    cancelled: [],
    updated: [],
    unchanged: merge.unchanged.length,
  };
  for (const update of merge.updated) {
    const line = { talkId: update.talkId, title: update.after.title, words: changeWords(update) };
    const { changes } = update;
    if (changes.includes('cancelled')) preview.cancelled.push(line);
    else if (changes.includes('moved') || changes.includes('room')) preview.moved.push(line);
    else if (changes.includes('renamed')) preview.renamed.push(line);
    else preview.updated.push(line);
  }
  return preview;
}
