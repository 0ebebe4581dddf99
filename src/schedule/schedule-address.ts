/**
 * A schedule address the user pastes: checked before anything is fetched, turned into the one origin whose host
 * permission the panel asks for at that moment (nothing broader), and, for a pretalx event page, into its
 * schedule.json export so pasting the page a person sees just works.
 */
import { safeHttpUrl } from '../model/safe-url';
import { ScheduleError } from './talk';

export interface ScheduleAddress {
  /** What to fetch. */
  url: string;
  /** The optional host permission to request for it: this host only (`https://pretalx.example.org/*`), any port. */
  origin: string;
}

export function scheduleAddress(pasted: string): ScheduleAddress {
  const href = safeHttpUrl(pasted);
  if (href === null) {
    throw new ScheduleError(
      URL.canParse(pasted.trim())
        ? 'The schedule address must start with https:// or http://'
        : `"${pasted.trim()}" is not a web address`,
    );
  }
  const url = new URL(href);
  url.hash = '';
  // pretalx: https://pretalx.com/<event>/ or …/<event>/schedule/ is the page; its export sits beside it.
  const page = /^\/([^/]+)(?:\/(?:schedule\/?)?)?$/.exec(url.pathname);
  if (/(^|\.)pretalx\./.test(url.hostname) && page) url.pathname = `/${page[1]}/schedule/export/schedule.json`;
  // The host without its port: Firefox refuses a match pattern with a port, and in Chrome one without matches any.
  return { url: url.href, origin: `${url.protocol}//${url.hostname}/*` };
}
