/**
 * Reading one talk's fields out of untrusted data, shared by the parsers: text stays plain text on one trimmed
 * string, addresses must be http(s), times must make sense. Any problem refuses the whole file with one line that
 * says where.
 */
import { safeHttpUrl } from '../model/safe-url';
import type { SectionSchedule } from '../model/types';
import { ScheduleError, type Talk } from './talk';
import { localDate } from './zoned-time';

/** Control characters other than tab and newline: no schedule needs them, and they hide text. */
const CONTROL = /(?![\t\n])\p{Cc}/gu;

/** Plain text from a JSON or XML value: strings as they are, numbers as digits, a translated `{en: …}` by its first language. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value.replace(CONTROL, '').trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const first = Object.values(value as Record<string, unknown>).find((v) => typeof v === 'string' && v.trim());
    return typeof first === 'string' ? textOf(first) : '';
  }
  return '';
}

/** Text that must stay on one line (a title, a room, a name): runs of white space become one space. */
export function lineOf(value: unknown): string {
  return textOf(value).replace(/\s+/g, ' ');
}

/** An http(s) address (a relative one resolved against `base`), '' for none; anything else refuses the file. */
export function httpUrlOf(value: unknown, where: string, base = ''): string {
  const text = textOf(value);
  if (!text) return '';
  const href = safeHttpUrl(text, base || undefined);
  if (href !== null) return href;
  const problem = URL.canParse(text, base || undefined) ? 'must be http or https' : 'is not a web address';
  throw new ScheduleError(`${where}: the address "${text}" ${problem}`);
}

/**
 * A talk as a parser reads it: the fields a section's schedule keeps, with `cancelled` instead of the status, and
 * `day` '' to take the start's local date.
 */
export type TalkInput = Omit<SectionSchedule, 'status'> & { cancelled?: boolean };

/** A checked talk, or the file refused naming `where`. */
export function makeTalk(input: TalkInput, where: string): Talk {
  if (!lineOf(input.talkId)) throw new ScheduleError(`${where}: has no id`);
  if (!lineOf(input.title)) throw new ScheduleError(`${where}: has no title`);
  if (!Number.isFinite(input.start)) throw new ScheduleError(`${where}: has no start time`);
  if (!Number.isFinite(input.end)) throw new ScheduleError(`${where}: has no end time or duration`);
  if (input.end < input.start) throw new ScheduleError(`${where}: ends before it starts`);
  const speakers = [...new Set(input.speakers.map(lineOf).filter(Boolean))];
  return {
    talkId: lineOf(input.talkId),
    title: lineOf(input.title),
    speakers,
    room: lineOf(input.room),
    start: input.start,
    end: input.end,
    timeZone: input.timeZone,
    day: input.day || localDate(input.start, input.timeZone),
    url: input.url,
    abstract: input.abstract,
    status: input.cancelled ? 'cancelled' : 'confirmed',
  };
}

/** `talk 3 ("Talk C")`, or `talk 3` when it has no title yet. */
export function talkLabel(index: number, title: string): string {
  const short = title.length > 60 ? `${title.slice(0, 57)}…` : title;
  return short ? `talk ${index + 1} ("${short}")` : `talk ${index + 1}`;
}

/** Ids must not repeat: a talk in two slots gets `#2`, `#3` on its later slots so each slot is one section. */
export function uniqueIds(talks: Talk[]): Talk[] {
  const seen = new Map<string, number>();
  return talks.map((talk) => {
    const n = (seen.get(talk.talkId) ?? 0) + 1;
    seen.set(talk.talkId, n);
    return n === 1 ? talk : { ...talk, talkId: `${talk.talkId}#${n}` };
  });
}
