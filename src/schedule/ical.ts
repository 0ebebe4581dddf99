/**
 * iCalendar (`.ics`), read with ical.js (Mozilla's parser, used by Thunderbird): line folding, escapes, parameters
 * and VTIMEZONE rules are easy to get subtly wrong by hand. Each VEVENT is a talk: SUMMARY the title, LOCATION the
 * room, URL its page, DESCRIPTION the abstract, STATUS:CANCELLED marks it. pretalx writes "Title - Speaker, Speaker"
 * as SUMMARY, so for its files the speakers are read back from there.
 *
 * Times: a TZID that is an IANA name is read with Intl (the same rules as every other format); another TZID (say
 * Outlook's "W. Europe Standard Time") by the file's own VTIMEZONE; UTC as it is; a floating time in the zone the
 * caller gives.
 */
import ICAL from 'ical.js';
import type { ParseOptions } from './frab-json';
import { bySchedule, roomsOf, ScheduleError, type Schedule, type Talk } from './talk';
import { httpUrlOf, makeTalk, talkLabel, textOf, uniqueIds } from './talk-fields';
import { instantOf, isTimeZone } from './zoned-time';

type Time = InstanceType<typeof ICAL.Time>;
type Component = InstanceType<typeof ICAL.Component>;

function calendarOf(text: string): Component {
  let jcal: unknown;
  try {
    jcal = ICAL.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ScheduleError(`.ics: is not valid iCalendar (${reason})`);
  }
  // Several components parse to a list of them; one parses to the component itself.
  const list: readonly unknown[] | null = Array.isArray(jcal) ? jcal : null;
  const first = list && typeof list[0] !== 'string' ? list[0] : jcal;
  const calendar = new ICAL.Component(first as unknown[]);
  if (calendar.name !== 'vcalendar')
    throw new ScheduleError(`.ics: holds a ${calendar.name.toUpperCase()}, not a VCALENDAR`);
  return calendar;
}

export function parseIcal(text: string, options: ParseOptions = {}): Schedule {
  const calendar = calendarOf(text);
  const zones = new Map<string, InstanceType<typeof ICAL.Timezone>>();
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    zones.set(textOf(vtimezone.getFirstPropertyValue('tzid')), new ICAL.Timezone(vtimezone));
  }
  const calendarZone = textOf(calendar.getFirstPropertyValue('x-wr-timezone'));
  const fallback = isTimeZone(calendarZone) ? calendarZone : (options.timeZone ?? '');
  const pretalx = /pretalx/i.test(textOf(calendar.getFirstPropertyValue('prodid')));

  const talks: Talk[] = [];
  calendar.getAllSubcomponents('vevent').forEach((event, i) => {
    const summary = textOf(event.getFirstPropertyValue('summary'));
    const where = `.ics: ${talkLabel(i, summary)}`;
    const startProp = event.getFirstProperty('dtstart');
    const start = startProp?.getFirstValue() as Time | null | undefined;
    if (!startProp || !start) throw new ScheduleError(`${where}: has no DTSTART`);
    if (start.isDate) return; // A whole-day entry ("Day 1", "Conference") is not a talk.
    const tzid = textOf(startProp.getParameter('tzid'));
    const zone = isTimeZone(tzid) ? tzid : fallback || 'UTC';

    const instant = (time: Time, timeTzid: string): number => {
      if (time.zone?.tzid === 'UTC') return time.toUnixTime() * 1000;
      if (isTimeZone(timeTzid)) return instantOf(time, timeTzid);
      const own = zones.get(timeTzid);
      if (own) {
        const zoned = time.clone();
        zoned.zone = own;
        return zoned.toUnixTime() * 1000;
      }
      if (timeTzid) throw new ScheduleError(`${where}: unknown time zone "${timeTzid}"`);
      if (!fallback) throw new ScheduleError(`${where}: its time has no time zone; choose the event's time zone`);
      return instantOf(time, fallback);
    };
    const startMs = instant(start, tzid);
    const endProp = event.getFirstProperty('dtend');
    const end = endProp?.getFirstValue() as Time | null | undefined;
    const duration = event.getFirstPropertyValue('duration') as InstanceType<typeof ICAL.Duration> | null;
    const endMs = end
      ? instant(end, textOf(endProp!.getParameter('tzid')))
      : duration
        ? startMs + duration.toSeconds() * 1000
        : NaN;

    const split = pretalx ? / -(?: |$)(?!.* - )/.exec(summary) : null;
    talks.push(
      makeTalk(
        {
          talkId: textOf(event.getFirstPropertyValue('uid')),
          title: split ? summary.slice(0, split.index) : summary,
          speakers: split ? summary.slice(split.index + split[0].length).split(', ') : [],
          room: textOf(event.getFirstPropertyValue('location')),
          start: startMs,
          end: endMs,
          timeZone: zone,
          day: '',
          url: httpUrlOf(event.getFirstPropertyValue('url'), where),
          abstract: textOf(event.getFirstPropertyValue('description')),
          cancelled: textOf(event.getFirstPropertyValue('status')).toUpperCase() === 'CANCELLED',
        },
        where,
      ),
    );
  });
  if (talks.length === 0) throw new ScheduleError('.ics: has no events with a time');
  const title = textOf(calendar.getFirstPropertyValue('x-wr-calname'));
  return {
    format: 'ical',
    title,
    timeZone: talks[0]!.timeZone,
    talks: uniqueIds(talks.sort(bySchedule(roomsOf(talks)))),
  };
}
