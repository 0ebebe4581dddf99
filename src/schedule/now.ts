/**
 * "Talk on now": where a note goes when no video plays. By the clock, the talk running now; between talks, the
 * next one. Among talks side by side (parallel rooms), the one the user picked for that slot, else the one in the
 * room they last wrote in, else the first in schedule order; the others are offered as one-click alternatives.
 * Cancelled talks are never "on".
 */
import type { Millis } from '../model/types';
import type { Talk } from './talk';
import { localClock, localDate } from './zoned-time';

export interface NowChoice {
  /** Talks the user picked for their slot: a pick wins among the talks of that slot. */
  picked?: readonly string[];
  /** The talk the user last wrote in: its room is preferred among talks side by side. */
  lastWritten?: string;
}

export interface TalkOnNow {
  talk: Talk;
  /** `on` while it runs, `next` between talks. */
  state: 'on' | 'next';
  /** What the panel says: `Talk C · Room 2 · started 12 min ago`. */
  words: string;
  /** The other talks of the same slot, for a one-click change. */
  alternatives: Talk[];
}

function prefer(candidates: Talk[], all: readonly Talk[], choice: NowChoice): Talk {
  const picked = candidates.find((t) => choice.picked?.includes(t.talkId));
  if (picked) return picked;
  const last = all.find((t) => t.talkId === choice.lastWritten);
  const sameRoom = last && candidates.find((t) => t.room === last.room);
  return sameRoom || candidates[0]!;
}

/** `12 min`, `1 h 5 min`, `2 h` */
function span(ms: Millis): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return rest ? `${Math.floor(minutes / 60)} h ${rest} min` : `${Math.floor(minutes / 60)} h`;
}

const WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'UTC' });

function when(talk: Talk, state: 'on' | 'next', now: Millis): string {
  if (state === 'on') return now - talk.start < 60_000 ? 'started just now' : `started ${span(now - talk.start)} ago`;
  if (talk.start - now < 60 * 60_000) return `starts in ${span(talk.start - now + 59_999)}`;
  const zone = talk.timeZone || 'UTC';
  if (localDate(talk.start, zone) === localDate(now, zone)) return `starts at ${localClock(talk.start, zone)}`;
  // The weekday of the talk's local date (noon UTC of that date has it, whatever the zone, offsets included).
  const weekday = WEEKDAY.format(Date.parse(`${localDate(talk.start, zone)}T12:00:00Z`));
  return `starts ${weekday} ${localClock(talk.start, zone)}`;
}

export function describeTalk(talk: Talk, state: 'on' | 'next', now: Millis): string {
  return [talk.title, talk.room, when(talk, state, now)].filter(Boolean).join(' · ');
}

/** The talk on now (or next), or null when the schedule is over. `talks` in schedule order. */
export function talkOnNow(talks: readonly Talk[], now: Millis, choice: NowChoice = {}): TalkOnNow | null {
  const confirmed = talks.filter((t) => t.status !== 'cancelled');
  let state: 'on' | 'next' = 'on';
  let candidates = confirmed.filter((t) => t.start <= now && now < t.end);
  if (candidates.length === 0) {
    state = 'next';
    const upcoming = confirmed.filter((t) => t.start > now).sort((a, b) => a.start - b.start);
    const first = upcoming[0];
    if (!first) return null;
    // The next slot: every talk starting before the first upcoming one ends (rooms rarely start on the same minute).
    candidates = upcoming.filter((t) => t.start < first.end);
  }
  const talk = prefer(candidates, talks, choice);
  return { talk, state, words: describeTalk(talk, state, now), alternatives: candidates.filter((t) => t !== talk) };
}
