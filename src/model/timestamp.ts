/**
 * Moments in a talk as people read and write them: `m:ss` under an hour, `h:mm:ss` from an hour on (as YouTube
 * shows them), and what a person types or a link carries (`3:12`, `1:02:03`, `192`, `3m12s`, `1h2m3s`). Pure; the
 * one place these rules live (capture, panel, export, schedules and the CLI all import them).
 */

/** `1:02:03` / `4:05`; anything not a positive finite number shows as `0:00`. */
export function formatTimestamp(seconds: number): string {
  const total = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** The moment a note is about: the player's time minus the reaction-time rewind, whole seconds, never negative. */
export function momentSeconds(currentTime: number, rewindSeconds: number): number {
  const rewind = Number.isFinite(rewindSeconds) && rewindSeconds > 0 ? rewindSeconds : 0;
  return Math.max(0, Math.floor(currentTime - rewind));
}

/** YouTube's `t=` value: `123s`, `123`, `1h2m3s` (each unit optional, at least one digit). Null for anything else. */
export function parseTimeParam(t: string): number | null {
  const units = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(t);
  if (!units || !(units[1] || units[2] || units[3])) return null;
  return Number(units[1] ?? 0) * 3600 + Number(units[2] ?? 0) * 60 + Number(units[3] ?? 0);
}

/** A time a person types: `3:12`, `1:02:03` (minutes and seconds under 60), or what `t=` takes. Null otherwise. */
export function parseTimestamp(text: string): number | null {
  const t = text.trim();
  const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(t);
  if (!clock) return parseTimeParam(t);
  if (Number(clock[3]) > 59 || (clock[1] !== undefined && Number(clock[2]) > 59)) return null;
  return Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
}
