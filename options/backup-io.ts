/**
 * The backup controls over the backup module on the calling thread (tests, and anywhere without workers); the
 * options page uses the same interface over the backup worker (backup-worker-io.ts).
 */
import { exportBackup } from '../src/backup/export';
import { BackupError, type ImportSummary } from '../src/backup/format';
import { ImportCancelled, importBackup } from '../src/backup/import';
import type { ConfnotesDatabase } from '../src/store/db';
import type { BackupIO } from './backup-panel';

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export function describeImport(summary: ImportSummary): string {
  const parts =
    `${count(summary.sessions, 'session', 'sessions')}, ${count(summary.sections, 'section', 'sections')}, ` +
    `${count(summary.notes, 'note', 'notes')}`;
  return summary.replaced > 0
    ? `${parts} (${count(summary.replaced, 'record was', 'records were')} already here and updated).`
    : `${parts}.`;
}

/** `onImported` runs after a successful import, e.g. to have the open pages read again. */
export function backupIO(db: ConfnotesDatabase, onImported: () => void): BackupIO {
  return {
    exportFile: async () => new Blob([await exportBackup(db)], { type: 'application/json' }),
    async importFile(file, onProgress, signal) {
      try {
        const summary = await importBackup(db, await file.text(), { onProgress, signal });
        onImported();
        return { ok: true, summary: describeImport(summary) };
      } catch (error) {
        if (error instanceof BackupError) return { ok: false, problems: error.problems };
        if (error instanceof ImportCancelled) return { ok: false, cancelled: true };
        throw error;
      }
    },
  };
}
