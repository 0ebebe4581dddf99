/** The options page's backup controls over the real backup module: export to text, import with its problems. */
import { exportBackup } from '../backup/export';
import { BackupError, type ImportSummary } from '../backup/format';
import { importBackup } from '../backup/import';
import type { ConfnotesDatabase } from '../store/db';
import type { BackupIO } from './backup-panel';

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export function describeImport(summary: ImportSummary): string {
  const parts = `${count(summary.sessions, 'session', 'sessions')}, ${count(summary.sections, 'section', 'sections')}, `
    + `${count(summary.notes, 'note', 'notes')}`;
  return summary.replaced > 0
    ? `${parts} (${count(summary.replaced, 'record was', 'records were')} already here and updated).`
    : `${parts}.`;
}

/** `onImported` runs after a successful import, e.g. to tell the open panels to reload. */
export function backupIO(db: ConfnotesDatabase, onImported: () => void): BackupIO {
  return {
    exportText: () => exportBackup(db),
    async importText(text) {
      try {
        const summary = await importBackup(db, text);
        onImported();
        return { ok: true, summary: describeImport(summary) };
      } catch (error) {
        if (error instanceof BackupError) return { ok: false, problems: error.problems };
        throw error;
      }
    },
  };
}
