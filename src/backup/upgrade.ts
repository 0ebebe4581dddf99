/**
 * Older backup files to the current format, before validation, so that everything a file holds is checked against
 * today's schema. Version 1 stored tweets' cards and videos in their older shape (src/model/tweet-upgrade.ts).
 * Anything not of the expected shape comes back as it was, for validation to name the problem.
 */
import { upgradeNoteV1 } from '../model/tweet-upgrade';
import { BACKUP_VERSION } from './format';

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

export function upgradeBackup(value: unknown): unknown {
  if (!isObject(value) || value.version !== 1 || !Array.isArray(value.sessions)) return value;
  const sessions = value.sessions.map((entry) => (isObject(entry) && Array.isArray(entry.notes)
    ? { ...entry, notes: entry.notes.map(upgradeNoteV1) } : entry));
  return { ...value, version: BACKUP_VERSION, sessions };
}
