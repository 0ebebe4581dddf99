/**
 * The frab `schedule.json` that pretalx, frab and many conference tools publish:
 * `{schedule: {conference: {title, time_zone_name, rooms, days: [{date, rooms: {"Room": [event…]}}]}}}`.
 * An event's `date` carries its offset; older files give only the day's date plus `start` (`HH:MM`).
 */
import { bySchedule, ScheduleError, type Schedule, type Talk } from './talk';
import { httpUrlOf, makeTalk, talkLabel, textOf, uniqueIds } from './talk-fields';
import {
  instantOf,
  instantOfParsed,
  isTimeZone,
  parseDateTime,
  parseDuration,
  type ParsedDateTime,
} from './zoned-time';

export type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface ParseOptions {
  /** The zone for times the file gives without one (the user's choice, or the machine's). */
  timeZone?: string;
}

/** True when the JSON looks like a frab/pretalx schedule (used to pick the parser). */
export function isFrabJson(data: unknown): boolean {
  return isObject(data) && isObject(data.schedule) && isObject(data.schedule.conference);
}

function eventZone(conferenceZone: string, parsed: ParsedDateTime | null, fallback: string): string {
  if (conferenceZone) return conferenceZone;
  if (parsed?.offset && parsed.offset !== 'Z') return parsed.offset;
  return fallback;
}

/**
 * The start of an event listed under `dayDate`: its own `date` when given, else the day's date plus `start` in
 * `zone`. A frab day runs past midnight (`day_start` 04:00 to 03:59 the next morning), so a `start` earlier in the
 * day than `day_start` is on the next date.
 */
function startOf(
  event: Json,
  dayDate: string,
  dayStart: string,
  zone: string,
): { start: number; parsed: ParsedDateTime | null } {
  const parsed = parseDateTime(textOf(event.date));
  if (parsed && (parsed.offset || zone)) return { start: instantOfParsed(parsed, zone), parsed };
  const clock = /^(\d{1,2}):(\d{2})$/.exec(textOf(event.start));
  const day = parseDateTime(`${dayDate}T00:00`);
  if (!clock || !day || !zone) return { start: NaN, parsed };
  const [hour, minute] = [Number(clock[1]), Number(clock[2])];
  const opens = parseDateTime(dayStart)?.local;
  const nextDate = opens && (hour < opens.hour || (hour === opens.hour && minute < opens.minute));
  // Date.UTC normalises day + 1 across month ends; the wall clock is then read in the event's zone.
  const date = new Date(Date.UTC(day.local.year, day.local.month - 1, day.local.day + (nextDate ? 1 : 0)));
  const local = {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour,
    minute,
    second: 0,
  };
  return { start: instantOf(local, zone), parsed };
}

export function parseFrabJson(data: unknown, options: ParseOptions = {}): Schedule {
  if (!isFrabJson(data)) throw new ScheduleError('schedule.json: has no "schedule.conference" object');
  return readFrab((data as { schedule: Json }).schedule, 'frab-json', options);
}

/**
 * Reads the frab shape, also for frab XML turned into the same objects (src/schedule/frab-xml.ts). `format` names
 * the file in messages.
 */
export function readFrab(schedule: Json, format: 'frab-json' | 'frab-xml', options: ParseOptions): Schedule {
  const file = format === 'frab-json' ? 'schedule.json' : 'schedule.xml';
  const conference = schedule.conference as Json;
  const base = typeof schedule.base_url === 'string' ? schedule.base_url : '';
  const named = textOf(conference.time_zone_name);
  if (named && !isTimeZone(named)) throw new ScheduleError(`${file}: unknown time zone "${named}"`);
  const fallback = options.timeZone ?? '';
  if (!Array.isArray(conference.days)) throw new ScheduleError(`${file}: the conference has no list of days`);

  const rooms: string[] = Array.isArray(conference.rooms)
    ? conference.rooms.map((r) => textOf(isObject(r) ? r.name : r))
    : [];
  const talks: Talk[] = [];
  conference.days.forEach((day, d) => {
    if (!isObject(day) || !isObject(day.rooms)) throw new ScheduleError(`${file}: day ${d + 1} has no rooms`);
    const dayDate = textOf(day.date);
    if (!parseDateTime(`${dayDate}T00:00`)) throw new ScheduleError(`${file}: day ${d + 1} has no valid date`);
    const dayStart = textOf(day.day_start);
    for (const [roomName, events] of Object.entries(day.rooms)) {
      if (!rooms.includes(roomName)) rooms.push(roomName);
      if (!Array.isArray(events)) throw new ScheduleError(`${file}: day ${dayDate}, room "${roomName}" is not a list`);
      events.forEach((event, e) => {
        const where = `${file}: day ${dayDate}, room "${roomName}", ${talkLabel(e, isObject(event) ? textOf(event.title) : '')}`;
        if (!isObject(event)) throw new ScheduleError(`${where}: is not an object`);
        const { start, parsed } = startOf(event, dayDate, dayStart, named || fallback);
        const zone = eventZone(named, parsed, fallback);
        if (!zone && !parsed?.offset)
          throw new ScheduleError(`${where}: its time has no time zone; choose the event's time zone`);
        const duration = parseDuration(textOf(event.duration));
        const persons = Array.isArray(event.persons) ? event.persons : [];
        talks.push(
          makeTalk(
            {
              talkId: textOf(event.guid) || textOf(event.code) || textOf(event.id),
              title: textOf(event.title),
              speakers: persons.map((p) => (isObject(p) ? textOf(p.public_name) || textOf(p.name) : textOf(p))),
              room: textOf(event.room) || roomName,
              start,
              end: duration === null ? NaN : start + duration,
              timeZone: zone,
              day: dayDate,
              url: httpUrlOf(event.url, where, base),
              abstract: textOf(event.abstract) || textOf(event.description),
            },
            where,
          ),
        );
      });
    }
  });
  return {
    format,
    title: textOf(conference.title),
    timeZone: named || fallback,
    talks: uniqueIds(talks.sort(bySchedule(rooms))),
  };
}
