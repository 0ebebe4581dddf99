/**
 * Wall-clock times in a named time zone, with nothing but Intl: schedules give "10:00 in Europe/Berlin" (or an
 * offset, or nothing), and the machine reading them may sit in any other zone. Never uses the machine's zone.
 */
import type { Millis } from '../model/types';

const OFFSET = /^([+-])(\d{2}):?(\d{2})$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** True for an IANA zone the runtime knows (`Europe/Berlin`, `UTC`) or a fixed offset (`+05:30`). */
export function isTimeZone(zone: string): boolean {
  if (OFFSET.test(zone)) return true;
  if (!zone) return false;
  try {
    formatter(zone);
    return true;
  } catch {
    return false; // Intl throws a RangeError for a zone it does not know: that is the answer
  }
}

export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall clock in `zone` at instant `ms`. */
export function localTimeAt(ms: Millis, zone: string): LocalTime {
  const fixed = OFFSET.exec(zone);
  if (fixed) {
    const d = new Date(ms + offsetMinutes(fixed) * 60_000);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
    };
  }
  // formatToParts costs ~10 µs, and a schedule asks for the same few dozen slot times over and over.
  const key = `${zone}|${ms}`;
  const known = wallClocks.get(key);
  if (known) return { ...known };
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const local = {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  };
  if (wallClocks.size >= 5000) wallClocks.clear();
  wallClocks.set(key, local);
  return { ...local };
}

const wallClocks = new Map<string, LocalTime>();

function offsetMinutes(m: RegExpExecArray): number {
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

function utcOf(t: LocalTime): Millis {
  return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
}

/** The instant when the wall clock in `zone` shows `local` (in a DST gap, the moment just after it). */
export function instantOf(local: LocalTime, zone: string): Millis {
  const wall = utcOf(local);
  const fixed = OFFSET.exec(zone);
  if (fixed) return wall - offsetMinutes(fixed) * 60_000;
  // The zone's offset at a guess, then at the corrected guess: two rounds settle every real transition.
  let guess = wall;
  for (let i = 0; i < 2; i += 1) guess = wall - (utcOf(localTimeAt(guess, zone)) - guess);
  return guess;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2026-03-28` */
export function localDate(ms: Millis, zone: string): string {
  const t = localTimeAt(ms, zone);
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;
}

/** `09:05` */
export function localClock(ms: Millis, zone: string): string {
  const t = localTimeAt(ms, zone);
  return `${pad(t.hour)}:${pad(t.minute)}`;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

export interface ParsedDateTime {
  local: LocalTime;
  /** `Z`, `+01:00`, or '' for a floating local time. */
  offset: string;
}

/** An ISO 8601 date-time as written, or null when it is not one (or names an impossible date). */
export function parseDateTime(text: string): ParsedDateTime | null {
  const m = DATE_TIME.exec(text.trim());
  if (!m) return null;
  const local = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4]),
    minute: Number(m[5]),
    second: Number(m[6] ?? 0),
  };
  const check = new Date(utcOf(local));
  if (
    check.getUTCMonth() + 1 !== local.month ||
    check.getUTCDate() !== local.day ||
    local.hour > 23 ||
    local.minute > 59 ||
    local.second > 59
  )
    return null;
  return { local, offset: m[7] ?? '' };
}

/** The instant of a parsed date-time: its own offset when it has one, else the wall clock in `zone`. */
export function instantOfParsed(parsed: ParsedDateTime, zone: string): Millis {
  if (parsed.offset === 'Z') return utcOf(parsed.local);
  if (parsed.offset)
    return instantOf(
      parsed.local,
      parsed.offset.length === 5 ? `${parsed.offset.slice(0, 3)}:${parsed.offset.slice(3)}` : parsed.offset,
    );
  return instantOf(parsed.local, zone);
}

/** `00:40`, `1:30`, `01:30:00` (hours:minutes[:seconds]) in milliseconds, or null. */
export function parseDuration(text: string): Millis | null {
  const m = /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!m || Number(m[2]) > 59 || Number(m[3] ?? 0) > 59) return null;
  return ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3] ?? 0)) * 1000;
}
