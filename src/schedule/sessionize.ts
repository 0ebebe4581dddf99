/**
 * Sessionize's JSON: the "All Data" view (`{sessions, speakers, rooms}`, speakers and rooms by id), the "Sessions"
 * list (`[{groupName, sessions}]`, speakers and room inline) and the "Schedule Grid" (`[{date, rooms: [{name,
 * sessions}]}]`). Sessionize writes local times with no zone (`2026-03-28T10:00:00`), so the caller must say the
 * event's zone. Service sessions (breaks, registration) are not talks and are left out, as are unscheduled ones.
 */
import type { Json, ParseOptions } from './frab-json';
import { bySchedule, ScheduleError, type Schedule, type Talk } from './talk';
import { httpUrlOf, makeTalk, talkLabel, textOf, uniqueIds } from './talk-fields';
import { instantOfParsed, isTimeZone, parseDateTime } from './zoned-time';

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The sessions with their room name filled in, in the order the file lists them, each id once. */
function sessionsOf(data: unknown): Json[] {
  const found: Json[] = [];
  if (isObject(data)) found.push(...list(data.sessions).filter(isObject));
  for (const group of list(data).filter(isObject)) {
    found.push(...list(group.sessions).filter(isObject));
    for (const room of list(group.rooms).filter(isObject)) {
      found.push(
        ...list(room.sessions)
          .filter(isObject)
          .map((s) => ({ room: room.name, ...s })),
      );
    }
  }
  const seen = new Set<string>();
  return found.filter((s) => {
    const id = textOf(s.id);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** True when the JSON looks like one of Sessionize's views. */
export function isSessionize(data: unknown): boolean {
  return sessionsOf(data).some((s) => 'startsAt' in s);
}

export function parseSessionize(data: unknown, options: ParseOptions = {}): Schedule {
  const sessions = sessionsOf(data);
  if (sessions.length === 0) throw new ScheduleError('Sessionize JSON: has no sessions');
  const zone = options.timeZone ?? '';
  if (!isTimeZone(zone))
    throw new ScheduleError("Sessionize JSON: its times have no time zone; choose the event's time zone");
  const byId = (items: unknown) =>
    new Map(
      list(items)
        .filter(isObject)
        .map((x) => [textOf(x.id), x]),
    );
  const speakers = isObject(data) ? byId(data.speakers) : new Map<string, Json>();
  const rooms = isObject(data) ? byId(data.rooms) : new Map<string, Json>();
  const roomOrder = [...rooms.values()]
    .sort((a, b) => Number(a.sort ?? 0) - Number(b.sort ?? 0))
    .map((r) => textOf(r.name));

  const talks: Talk[] = [];
  sessions.forEach((session, i) => {
    if (session.isServiceSession === true || session.startsAt === null || session.startsAt === undefined) return;
    const where = `Sessionize JSON: ${talkLabel(i, textOf(session.title))}`;
    const time = (field: string) => {
      const parsed = parseDateTime(textOf(session[field]));
      if (!parsed) throw new ScheduleError(`${where}: ${field} "${textOf(session[field])}" is not a date and time`);
      return instantOfParsed(parsed, zone);
    };
    const names = list(session.speakers).map((s) =>
      isObject(s) ? textOf(s.name) || textOf(s.fullName) : textOf(speakers.get(textOf(s))?.fullName),
    );
    talks.push(
      makeTalk(
        {
          talkId: textOf(session.id),
          title: textOf(session.title),
          speakers: names,
          room: textOf(session.room) || textOf(rooms.get(textOf(session.roomId))?.name),
          start: time('startsAt'),
          end: time('endsAt'),
          timeZone: zone,
          day: '',
          url: httpUrlOf(session.url, where),
          abstract: textOf(session.description),
          cancelled: /cancel/i.test(textOf(session.status)),
        },
        where,
      ),
    );
  });
  if (talks.length === 0) throw new ScheduleError('Sessionize JSON: has no scheduled talks');
  return {
    format: 'sessionize',
    title: '',
    timeZone: zone,
    talks: uniqueIds(talks.sort(bySchedule(roomOrder.length ? roomOrder : talks.map((t) => t.room)))),
  };
}
