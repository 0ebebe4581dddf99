/**
 * A conference schedule as Confnotes reads it, whatever file it came from (pretalx/frab JSON or XML, Sessionize
 * JSON, iCalendar). Plain data: the parsers build it, the merge, "talk on now" and the panel read it.
 */
import type { SectionSchedule } from '../model/types';

export type ScheduleFormat = 'frab-json' | 'frab-xml' | 'sessionize' | 'ical';

/** One talk: the same fields a section imported from the schedule keeps. */
export type Talk = SectionSchedule;

export interface Schedule {
  format: ScheduleFormat;
  /** The event's name, '' when the file gives none. */
  title: string;
  /** The event's time zone (IANA name or fixed offset), '' when unknown. */
  timeZone: string;
  /** In schedule order (`bySchedule`). */
  talks: Talk[];
}

/** A file refused as a whole: `message` is one line saying what is wrong and where. Nothing is imported. */
export class ScheduleError extends Error {
  constructor(message: string) {
    // One line whatever the file put in a title or an address it quotes.
    super(message.replace(/\s+/g, ' ').trim());
    this.name = 'ScheduleError';
  }
}

/**
 * Schedule order: by start, then by room in the order the file lists rooms, then by title, so talks side by side
 * come out in the same order on every import.
 */
export function bySchedule(rooms: readonly string[]): (a: Talk, b: Talk) => number {
  const rank = (room: string) => {
    const i = rooms.indexOf(room);
    return i < 0 ? rooms.length : i;
  };
  return (a, b) =>
    a.start - b.start ||
    rank(a.room) - rank(b.room) ||
    a.title.localeCompare(b.title) ||
    a.talkId.localeCompare(b.talkId);
}

/** The rooms in the order they first appear. */
export function roomsOf(talks: readonly Talk[]): string[] {
  return [...new Set(talks.map((t) => t.room))];
}

/** The conference days, in order. */
export function daysOf(talks: readonly Talk[]): string[] {
  return [...new Set(talks.map((t) => t.day))].sort();
}
