/**
 * The backup worker: exports and imports off the pages' thread (see worker-protocol.ts). It opens the extension's
 * database itself (same origin as the pages), does one job, and closes it; the page terminates it afterwards, so
 * no connection lingers to block a later database upgrade.
 */
import { openConfnotesDB } from '../store/db';
import { exportBackup } from './export';
import { BackupError } from './format';
import { ImportCancelled, importBackup } from './import';
import type { FromBackupWorker, ToBackupWorker } from './worker-protocol';

interface WorkerScope {
  postMessage: (message: FromBackupWorker) => void;
  addEventListener: (type: 'message', listener: (event: MessageEvent<ToBackupWorker>) => void) => void;
}
const scope = globalThis as unknown as WorkerScope;
let running: AbortController | null = null;

async function run(job: Exclude<ToBackupWorker, { type: 'cancel' }>): Promise<FromBackupWorker> {
  const db = await openConfnotesDB();
  try {
    if (job.type === 'export')
      return { type: 'exported', file: new Blob([await exportBackup(db)], { type: 'application/json' }) };
    running = new AbortController();
    const onProgress = (done: number, total: number) => scope.postMessage({ type: 'progress', done, total });
    return {
      type: 'imported',
      summary: await importBackup(db, await job.file.text(), { signal: running.signal, onProgress }),
    };
  } catch (error) {
    if (error instanceof BackupError) return { type: 'refused', problems: error.problems };
    if (error instanceof ImportCancelled) return { type: 'cancelled' };
    return { type: 'failed', error: error instanceof Error ? error.message : String(error) };
  } finally {
    running = null;
    db.close();
  }
}

scope.addEventListener('message', (event) => {
  const job = event.data;
  if (job.type === 'cancel') running?.abort();
  else void run(job).then((answer) => scope.postMessage(answer));
});
