/**
 * frab's `schedule.xml`: `<schedule><conference>…</conference><day date="…"><room name="…"><event guid="…">…`.
 * Turned into the objects of frab's JSON and read by the same code, so both formats give the same talks.
 */
import { type Json, type ParseOptions, readFrab } from './frab-json';
import { ScheduleError, type Schedule } from './talk';
import { child, childrenNamed, childText, parseXml, type XmlElement } from './xml-tree';

function eventObject(event: XmlElement): Json {
  const fields: Json = {};
  for (const name of ['date', 'start', 'duration', 'room', 'url', 'title', 'abstract', 'description']) {
    fields[name] = childText(event, name);
  }
  const persons = child(event, 'persons');
  return {
    ...fields,
    guid: event.attributes.guid ?? '',
    id: event.attributes.id ?? '',
    persons: persons ? childrenNamed(persons, 'person').map((p) => p.text) : [],
  };
}

export function parseFrabXml(xml: string, options: ParseOptions = {}): Schedule {
  const root = parseXml(xml, 'schedule.xml');
  if (root.name !== 'schedule')
    throw new ScheduleError(`schedule.xml: the root element is <${root.name}>, not <schedule>`);
  const conference = child(root, 'conference');
  if (!conference) throw new ScheduleError('schedule.xml: has no <conference>');
  const days = childrenNamed(root, 'day').map((day) => ({
    date: day.attributes.date ?? '',
    day_start: day.attributes.start ?? '',
    rooms: Object.fromEntries(
      childrenNamed(day, 'room').map((room) => [
        room.attributes.name ?? '',
        childrenNamed(room, 'event').map(eventObject),
      ]),
    ),
  }));
  return readFrab(
    {
      base_url: childText(conference, 'base_url'),
      conference: {
        title: childText(conference, 'title'),
        time_zone_name: childText(conference, 'time_zone_name'),
        days,
      },
    },
    'frab-xml',
    options,
  );
}
