// Importing a backup is a write like any other: done here, by the one writer, and announced so pages read again.
import { BackupError } from '../backup/format';
import { importBackup } from '../backup/import';
import type { Handlers } from './handlers';
import { announcements } from './announce';
import { backgroundDatabase } from './store';

export const backupHandlers: Handlers<'backup/import' | 'backup/imported'> = {
  'backup/imported': () => {
    announcements.announce({ kind: 'reset' });
    return Promise.resolve({ ok: true });
  },
  'backup/import': async ({ text }) => {
    if (typeof text !== 'string') return { ok: false, problems: ['The file could not be read as text.'] };
    try {
      const summary = await importBackup(await backgroundDatabase(), text);
      announcements.announce({ kind: 'reset' });
      return { ok: true, summary };
    } catch (error) {
      if (error instanceof BackupError) return { ok: false, problems: error.problems };
      return { error: `The import failed: ${error instanceof Error ? error.message : String(error)}` };
    }
  },
};
