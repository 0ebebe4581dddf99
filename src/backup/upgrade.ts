/**
 * Older backup files to the current format, before validation, so that everything a file holds is checked against
 * today's schema. One step per version, run in order: version 1 stored tweets' cards and videos in their older
 * shape (src/model/tweet-upgrade.ts); version 3 only added optional fields (a section's schedule, a note's clock
 * stamp, a video's alignment), so a version 2 file is a version 3 file as it is; likewise version 4 (a session's
 * introduction, closing and reference labels, sub-heading notes) and version 5 (snapshots); version 6 turned tweet
 * notes into post notes of X (src/model/post-upgrade.ts); version 7 only added a poll's optional fields.
 * Anything not of the expected shape comes back as it was, for validation to name the problem.
 */
import { upgradeNoteToPost } from '../model/post-upgrade';
import { upgradeNoteV1 } from '../model/tweet-upgrade';
import { BACKUP_VERSION } from './format';

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Each entry's notes through `step`; an entry or notes not of the expected shape are left for validation. */
const eachNote = (step: (note: unknown) => unknown) => (sessions: unknown[]) =>
  sessions.map((entry) =>
    isObject(entry) && Array.isArray(entry.notes) ? { ...entry, notes: entry.notes.map(step) } : entry,
  );

/** STEPS[n] turns the sessions of a version n file into those of version n + 1. */
const STEPS: Record<number, (sessions: unknown[]) => unknown[]> = {
  1: eachNote(upgradeNoteV1),
  2: (sessions) => sessions,
  // Version 4 only added optional session fields and a new kind of note: a version 3 file is one as it is.
  3: (sessions) => sessions,
  // Version 5 only added snapshots (a text note's optional image, an entry's optional images).
  4: (sessions) => sessions,
  5: eachNote(upgradeNoteToPost),
  // Version 7 only added a poll's optional `closed`, `ends` and each choice's `votes`.
  6: (sessions) => sessions,
};

export function upgradeBackup(value: unknown): unknown {
  if (!isObject(value) || typeof value.version !== 'number' || !Array.isArray(value.sessions)) return value;
  let { version, sessions } = value as { version: number; sessions: unknown[] };
  while (version < BACKUP_VERSION && STEPS[version]) {
    sessions = STEPS[version]!(sessions);
    version += 1;
  }
  return version === value.version ? value : { ...value, version, sessions };
}
