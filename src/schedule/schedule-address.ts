/**
 * A schedule address the user pastes: checked before anything is fetched, turned into the one origin whose host
 * permission the panel asks for at that moment (nothing broader), and, for a pretalx event page, into its
 * schedule.json export so pasting the page a person sees just works.
 */
import { ScheduleError } from './talk';

export interface ScheduleAddress {
  /** What to fetch. */
  url: string;
  /** The optional host permission to request for it: this origin only (`https://pretalx.example.org/*`). */
  origin: string;
}

export function scheduleAddress(pasted: string): ScheduleAddress {
  let url: URL;
  try {
    url = new URL(pasted.trim());
  } catch {
    throw new ScheduleError(`"${pasted.trim()}" is not a web address`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new ScheduleError('The schedule address must start with https:// or http://');
  url.hash = '';
  // pretalx: https://pretalx.com/<event>/ or …/<event>/schedule/ is the page; its export sits beside it.
  const page = /^\/([^/]+)(?:\/(?:schedule\/?)?)?$/.exec(url.pathname);
  if (/(^|\.)pretalx\./.test(url.hostname) && page) url.pathname = `/${page[1]}/schedule/export/schedule.json`;
  return { url: url.href, origin: `${url.protocol}//${url.host}/*` };
}
