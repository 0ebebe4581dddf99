/**
 * importBackup: the whole file is validated first; then every record is written by id (put) in ONE transaction,
 * so a failure anywhere leaves the profile as it was, and importing the same file again duplicates nothing.
 * Records already in the profile with the same id are replaced by the file's; records the file lacks are kept.
 * A file record whose id belongs to another session in this profile is refused: putting it would move that
 * record between sessions and orphan its notes.
 */
import type { ConfnotesDatabase } from '../store/db';
import { inTransaction } from '../store/transaction';
import { BackupError, type ImportSummary } from './format';
import { fieldPath } from './problems';
import { parseBackup } from './validate';

export async function importBackup(db: ConfnotesDatabase, text: string): Promise<ImportSummary> {
  const check = parseBackup(text);
  if (!check.ok) throw new BackupError(check.problems);
  const entries = check.backup.sessions;
  return inTransaction(db, ['sessions', 'sections', 'notes'], 'readwrite', async (tx) => {
    const sessions = tx.objectStore('sessions');
    const sections = tx.objectStore('sections');
    const notes = tx.objectStore('notes');
    // Read what is there under the same ids (all requests at once, within this transaction).
    const existing = await Promise.all(entries.map((e) => Promise.all([
      sessions.getKey(e.session.id),
      Promise.all(e.sections.map((s) => sections.get(s.id))),
      Promise.all(e.notes.map((n) => notes.get(n.id))),
    ])));
    const problems: string[] = [];
    let replaced = 0;
    existing.forEach(([sessionKey, oldSections, oldNotes], i) => {
      const sessionId = entries[i]!.session.id;
      if (sessionKey !== undefined) replaced += 1;
      const clash = (old: { sessionId: string } | undefined, at: string) => {
        if (old === undefined) return;
        replaced += 1;
        if (old.sessionId !== sessionId) problems.push(`${fieldPath(at)}: this id belongs to another session in this profile`);
      };
      oldSections.forEach((old, j) => clash(old, `/sessions/${i}/sections/${j}/id`));
      oldNotes.forEach((old, k) => clash(old, `/sessions/${i}/notes/${k}/id`));
    });
    if (problems.length) throw new BackupError(problems.slice(0, 10));

    const summary: ImportSummary = { sessions: 0, sections: 0, notes: 0, replaced };
    const writes: Promise<unknown>[] = [];
    for (const entry of entries) {
      writes.push(sessions.put(entry.session), ...entry.sections.map((s) => sections.put(s)), ...entry.notes.map((n) => notes.put(n)));
      summary.sessions += 1;
      summary.sections += entry.sections.length;
      summary.notes += entry.notes.length;
    }
    await Promise.all(writes);
    return summary;
  });
}
