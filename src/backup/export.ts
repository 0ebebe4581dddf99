/**
 * exportBackup: every session, read in one transaction (a consistent snapshot), in a fixed order and written as
 * canonical JSON, so the same data always gives the same bytes. `exportedAt` is a parameter so that tests can
 * compare two exports whole.
 */
import type { Note, Section, Session } from '../model/types';
import type { ConfnotesDatabase } from '../store/db';
import { inTransaction } from '../store/transaction';
import { canonicalJSON } from './canonical-json';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupEntry } from './format';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byCreated = (a: Session, b: Session) => a.createdAt - b.createdAt || byId(a, b);
const byOrderThenId = (a: { order: number; id: string }, b: { order: number; id: string }) => a.order - b.order || byId(a, b);

function entryFor(session: Session, allSections: Section[], notesBySession: Map<string, Note[]>): BackupEntry {
  const sections = allSections.filter((s) => s.sessionId === session.id).sort(byOrderThenId);
  const position = new Map(sections.map((s, i) => [s.id, i]));
  const notes = (notesBySession.get(session.id) ?? []).sort(
    (a, b) => (position.get(a.sectionId) ?? Infinity) - (position.get(b.sectionId) ?? Infinity) || byOrderThenId(a, b),
  );
  return { session, sections, notes };
}

export async function readBackup(db: ConfnotesDatabase, exportedAt: string): Promise<Backup> {
  const [sessions, sections, notes] = await inTransaction(db, ['sessions', 'sections', 'notes'], 'readonly', (tx) =>
    Promise.all([tx.objectStore('sessions').getAll(), tx.objectStore('sections').getAll(), tx.objectStore('notes').getAll()]));
  const notesBySession = new Map<string, Note[]>();
  for (const note of notes) notesBySession.set(note.sessionId, [...(notesBySession.get(note.sessionId) ?? []), note]);
  return {
    format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt,
    sessions: sessions.sort(byCreated).map((s) => entryFor(s, sections, notesBySession)),
  };
}

/** The text of a backup file of everything in the database. */
export async function exportBackup(db: ConfnotesDatabase, exportedAt: string = new Date().toISOString()): Promise<string> {
  return canonicalJSON(await readBackup(db, exportedAt));
}
