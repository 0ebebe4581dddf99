/** Timestamps as people read them: `m:ss` under an hour, `h:mm:ss` from an hour on. Pure. */

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
