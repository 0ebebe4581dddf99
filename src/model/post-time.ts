/** A post's time, on every network: one ISO instant to store, and the date as the embeds write it. Pure. */

/** The backup schema's ISO 8601 instant: date, time, optional fraction, `Z` or an offset. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** A post's time as one UTC instant (`2018-09-20T14:03:00.000Z`), or '' when it is not an ISO 8601 date-time. */
export function postTime(value: unknown): string {
  if (typeof value !== 'string' || !ISO_TIME.test(value)) return '';
  // Date.parse rolls a day that is not in its month over (February 30th is March 2nd): such a date is refused.
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  if (new Date(Date.UTC(y, m - 1, d)).getUTCDate() !== d) return '';
  const time = Date.parse(value);
  return Number.isFinite(time) ? new Date(time).toISOString() : '';
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `September 20, 2018`, in UTC (the same on every machine), or '' when the time is missing or invalid. */
export function postDate(iso: string): string {
  const time = postTime(iso);
  if (!time) return '';
  const d = new Date(time);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}
