/**
 * Clock stamps and the recording: a note taken in the room keeps its wall-clock moment; it reads as the time into
 * its talk ("+12:05"), and once the talk's video is linked and aligned (one clock moment = one video moment), as
 * a moment in the video. Moments are derived, never stored, so changing the alignment moves every note at once.
 */
import type { ClockAlignment, ClockStamp, Millis, Moment, Note, Section } from '../model/types';
import { safeHttpUrl } from '../model/safe-url';
import { formatTimestamp, parseTimestamp } from '../model/timestamp';

export function clockStamp(now: Millis, timeZone: string): ClockStamp {
  return { at: now, timeZone };
}

/** `+12:05` into the talk (`+1:02:03` past an hour); `−0:30` for a note taken before the scheduled start. */
export function timeIntoTalk(at: Millis, talkStart: Millis): string {
  const seconds = Math.floor((at - talkStart) / 1000);
  return seconds < 0 ? `\u2212${formatTimestamp(-seconds)}` : `+${formatTimestamp(seconds)}`;
}

/** "The talk starts at 3:12 in the video": the talk's start (by the schedule, or as the user says) at that moment. */
export function alignAt(clock: Millis, videoSeconds: number): ClockAlignment {
  return { clock, seconds: videoSeconds };
}

/** The video second showing clock moment `at`, fractions kept; may be negative (before the recording starts). */
export function videoSecondsAt(at: Millis, alignment: ClockAlignment): number {
  return alignment.seconds + (at - alignment.clock) / 1000;
}

/**
 * A note's moment in its section's video: the one it was taken at while the video played, else its clock stamp
 * through the section's alignment (rounded to the nearest second, never before the video's start), else null.
 */
export function videoMomentOf(note: Note, section: Pick<Section, 'source'>): Moment | null {
  if (note.kind !== 'text' && note.kind !== 'quote') return null;
  if (note.at) return note.at;
  const source = section.source;
  if (!note.clock || !source?.alignment) return null;
  return { videoId: source.videoId, seconds: Math.max(0, Math.round(videoSecondsAt(note.clock.at, source.alignment))) };
}

/**
 * Seconds from a time the user types or pastes: `3:12`, `1:02:03`, `192`, `3m12s`, `1h2m3s`, or a YouTube address
 * with `t=` (`…&t=192s`, `youtu.be/…?t=3m12s`). Null when it is none of these.
 */
export function parseVideoTime(text: string): number | null {
  // `3:12` or `3m12s` is no address (a scheme starts with a letter), so safeHttpUrl tells the two apart.
  const address = safeHttpUrl(text);
  return address === null ? parseTimestamp(text) : parseTimestamp(new URL(address).searchParams.get('t') ?? '');
}
