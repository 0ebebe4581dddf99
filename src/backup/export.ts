/**
 * exportBackup: every session, read in one transaction (a consistent snapshot), in a fixed order and written as
 * canonical JSON, so the same data always gives the same bytes. `exportedAt` is a parameter so that tests can
 * compare two exports whole.
 */
import type { Note, Section, Session } from '../model/types';
import type { ConfnotesDatabase } from '../store/db';
import { sectionOf } from '../store/note-counts';
import { inTransaction } from '../store/transaction';
import { canonicalJSON } from './canonical-json';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupEntry } from './format';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byCreated = (a: Session, b: Session) => a.createdAt - b.createdAt || byId(a, b);
const byOrderThenId = (a: { order: number; id: string }, b: { order: number; id: string }) =>
  a.order - b.order || byId(a, b);

function entryFor(session: Session, sections: Section[], notes: Note[]): BackupEntry {
  sections.sort(byOrderThenId);
  const position = new Map(sections.map((s, i) => [s.id, i]));
  notes.sort(
    (a, b) => (position.get(a.sectionId) ?? Infinity) - (position.get(b.sectionId) ?? Infinity) || byOrderThenId(a, b),
  );
  return { session, sections, notes };
}

/** Records grouped by session in one pass (appending in place: copying a group per record made 50,000 notes take 28 s). */
function bySession<T extends { sessionId: string }>(records: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const group = groups.get(record.sessionId);
    if (group) group.push(record);
    else groups.set(record.sessionId, [record]);
  }
  return groups;
}

export async function readBackup(db: ConfnotesDatabase, exportedAt: string): Promise<Backup> {
  const [sessions, sections, notes] = await inTransaction(db, ['sessions', 'sections', 'notes'], 'readonly', (tx) =>
    Promise.all([
      tx.objectStore('sessions').getAll(),
      tx.objectStore('sections').getAll(),
      tx.objectStore('notes').getAll(),
    ]),
  );
  // The note counts are the store's, not the user's data: a backup does not carry them (an import counts again).
  const sectionsBySession = bySession(sections.map(sectionOf));
  const notesBySession = bySession(notes);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    sessions: sessions
      .sort(byCreated)
      .map((s) => entryFor(s, sectionsBySession.get(s.id) ?? [], notesBySession.get(s.id) ?? [])),
  };
}

/** The text of a backup file of everything in the database. */
export async function exportBackup(
  db: ConfnotesDatabase,
  exportedAt: string = new Date().toISOString(),
): Promise<string> {
  return canonicalJSON(await readBackup(db, exportedAt));
}
