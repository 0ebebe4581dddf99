/** The options page's backup controls over the real backup module: export to text, import with its problems. */
import { exportBackup } from '../backup/export';
import type { ImportSummary } from '../backup/format';
import type { ConfnotesDatabase } from '../store/db';
import type { BackupIO } from './backup-panel';
import type { Ask } from './page-deps';

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export function describeImport(summary: ImportSummary): string {
  const parts = `${count(summary.sessions, 'session', 'sessions')}, ${count(summary.sections, 'section', 'sections')}, `
    + `${count(summary.notes, 'note', 'notes')}`;
  return summary.replaced > 0
    ? `${parts} (${count(summary.replaced, 'record was', 'records were')} already here and updated).`
    : `${parts}.`;
}

/** Exports by reading the database; imports through the background, the one writer (it tells the open pages). */
export function backupIO(db: ConfnotesDatabase, ask: Ask): BackupIO {
  return {
    exportText: () => exportBackup(db),
    async importText(text) {
      const answer = await ask('backup/import', { text });
      if ('error' in answer) throw new Error(answer.error);
      return answer.ok ? { ok: true, summary: describeImport(answer.summary) } : answer;
    },
  };
}
