/** Reads the schedule fixtures (test/fixtures/schedule): one event, two versions, in every format. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const DIR = path.resolve(import.meta.dirname, '../../test/fixtures/schedule');

export type FixtureName =
  | 'pretalx-v1.json'
  | 'pretalx-v2.json'
  | 'frab-v1.xml'
  | 'frab-v2.xml'
  | 'sessionize-v1.json'
  | 'sessionize-v2.json'
  | 'pretalx-v1.ics'
  | 'pretalx-v2.ics';

export function fixture(name: FixtureName): string {
  return readFileSync(path.join(DIR, name), 'utf8');
}

/** The event's zone: not the machine's, and it changes offset between the two days (summer time, 2026-03-29). */
export const EVENT_ZONE = 'Europe/Berlin';

/** The first version's talks in schedule order, as every format gives them (service and unscheduled sessions left out). */
export const V1_TALK_TITLES = [
  'Opening: Notes at the Edge',
  'Parsing Calendars Without Tears',
  'Talk C',
  'Hands-on IndexedDB',
  'Lightning Talks & <Friends>',
  'Time Zones Are Hard',
  'Recording Conferences',
  'Offline First Workshop',
  'Late Night Lounge',
];
