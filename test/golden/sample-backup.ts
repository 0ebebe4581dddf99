/** The sample conference (src/export/sample-session.ts) as a backup file: the CLI's test input. */
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../../src/backup/format';
import { sampleNotes, sampleSections, sampleSession } from '../../src/export/sample-session';

export function sampleBackup(): string {
  const backup: Backup = {
    format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: '2025-06-13T08:00:00.000Z',
    sessions: [{ session: sampleSession, sections: sampleSections, notes: sampleNotes }],
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}
