/**
 * The backup worker: an export, or the reading side of an import, off the pages' thread (see worker-protocol.ts).
 * For an export it opens the extension's database itself (same origin as the pages), reads it in one transaction
 * and closes it; the page terminates the worker after each job, so no connection lingers to block a later
 * database upgrade.
 */
import { openConfnotesDB } from '../store/db';
import { backupChunks, recordCount } from './chunks';
import { exportBackup } from './export';
import { parseBackup } from './validate';
import type { FromBackupWorker, ToBackupWorker } from './worker-protocol';

interface WorkerScope {
  postMessage: (message: FromBackupWorker) => void;
  addEventListener: (type: 'message', listener: (event: MessageEvent<ToBackupWorker>) => void) => void;
}
const scope = globalThis as unknown as WorkerScope;

async function exportFile(): Promise<FromBackupWorker> {
  const db = await openConfnotesDB();
  try {
    return { type: 'exported', file: new Blob([await exportBackup(db)], { type: 'application/json' }) };
  } finally {
    db.close();
  }
}

async function read(file: Blob): Promise<void> {
  const check = parseBackup(await file.text());
  if (!check.ok) return scope.postMessage({ type: 'refused', problems: check.problems });
  scope.postMessage({ type: 'checked', records: recordCount(check.backup.sessions) });
  backupChunks(check.backup.sessions, (json) => scope.postMessage({ type: 'chunk', json }));
  scope.postMessage({ type: 'read' });
}

scope.addEventListener('message', (event) => {
  const job = event.data;
  (job.type === 'export' ? exportFile().then((answer) => scope.postMessage(answer)) : read(job.file)).catch(
    (error: unknown) =>
      scope.postMessage({ type: 'failed', error: error instanceof Error ? error.message : String(error) }),
  );
});
