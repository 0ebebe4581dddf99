/**
 * The backup controls on the calling thread, for component tests: the same import path as the options page
 * (reader, chunks, the background's import) with the file read here and the background's import run in-process
 * over the given database; the options page runs the reader in its backup worker (backup-worker-io.ts).
 */
import { backupChunks, recordCount } from '../src/backup/chunks';
import { exportBackup } from '../src/backup/export';
import { parseBackup } from '../src/backup/validate';
import type { FromImporter, ImporterPort } from '../src/messages';
import type { Change } from '../src/owner/changes';
import { backupImport } from '../src/owner/backup-import';
import type { ConfnotesDatabase } from '../src/store/db';
import type { BackupIO } from './backup-panel';
import { runImport, type BackupReader } from './backup-import';

/** Reads, checks and chunks a file on this thread, one step per task (as a worker's messages would arrive). */
export const threadReader = (chunkChars?: number): BackupReader => {
  let stopped = false;
  return {
    start(file, listener) {
      const later = (work: () => void) => setTimeout(() => stopped || work(), 0);
      void file.text().then((text) => {
        const check = parseBackup(text);
        if (!check.ok) return later(() => listener({ type: 'refused', problems: check.problems }));
        later(() => listener({ type: 'checked', records: recordCount(check.backup.sessions) }));
        backupChunks(check.backup.sessions, (json) => later(() => listener({ type: 'chunk', json })), chunkChars);
        later(() => listener({ type: 'read' }));
      });
    },
    stop() {
      stopped = true;
    },
  };
};

/** An import port whose other end is the background's import, run in-process (each message in its own task). */
export function localImporter(db: ConfnotesDatabase, announce: (change: Change) => void): ImporterPort {
  const listeners: ((message: FromImporter) => void)[] = [];
  const run = backupImport({
    database: () => Promise.resolve(db),
    announce,
    send: (message) => setTimeout(() => listeners.forEach((listener) => listener(message)), 0),
  });
  return {
    post: (message) => setTimeout(() => run.receive(message), 0),
    onMessage: (listener) => listeners.push(listener),
    onEnd: () => undefined,
    close: () => run.end(),
  };
}

export function backupIO(db: ConfnotesDatabase, announce: (change: Change) => void, chunkChars?: number): BackupIO {
  return {
    exportFile: async () => new Blob([await exportBackup(db)], { type: 'application/json' }),
    importFile: (file, onProgress, signal) =>
      runImport(file, threadReader(chunkChars), () => localImporter(db, announce), onProgress, signal),
  };
}
