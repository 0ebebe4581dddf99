/**
 * One entry point for every schedule file: it tells the format from the content (not the file name, which a
 * download may have lost) and refuses anything else with one line. Either a whole schedule or an error: nothing is
 * ever half read.
 */
import { isFrabJson, parseFrabJson, type ParseOptions } from './frab-json';
import { parseFrabXml } from './frab-xml';
import { parseIcal } from './ical';
import { isSessionize, parseSessionize } from './sessionize';
import { ScheduleError, type Schedule } from './talk';

export type { ParseOptions };

const KNOWN = 'Confnotes reads pretalx/frab schedule.json or schedule.xml, Sessionize JSON and iCalendar (.ics)';

export function parseSchedule(text: string, options: ParseOptions = {}): Schedule {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (!body) throw new ScheduleError(`The file is empty. ${KNOWN}.`);
  if (/^BEGIN:VCALENDAR/i.test(body)) return parseIcal(body, options);
  if (/^<(!doctype html|html[\s>])/i.test(body)) {
    throw new ScheduleError(`This is a web page, not a schedule file. Use the schedule's export link: ${KNOWN}.`);
  }
  if (body.startsWith('<')) return parseFrabXml(body, options);
  if (body.startsWith('{') || body.startsWith('[')) {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch (error) {
      throw new ScheduleError(
        `The file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
    if (isFrabJson(data)) return parseFrabJson(data, options);
    if (isSessionize(data)) return parseSessionize(data, options);
    throw new ScheduleError(`This JSON is not a schedule Confnotes knows. ${KNOWN}.`);
  }
  throw new ScheduleError(`This file is not a schedule Confnotes knows. ${KNOWN}.`);
}
