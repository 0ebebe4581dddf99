/**
 * The options page's backup controls over the backup worker (src/backup/worker.ts): one worker per job, ended
 * when the job is done. The page only moves a File in, chunks of text on to the background (which writes them:
 * backup-import.ts) and a Blob out, so it never runs a long task itself.
 */
import type { ImporterPort } from '../src/messages';
import type { FromBackupWorker, ToBackupWorker } from '../src/backup/worker-protocol';
import { BACKUP_WORKER_PATH } from '../src/backup/worker-protocol';
import type { BackupIO } from './backup-panel';
import { runImport, type BackupReader } from './backup-import';

function startWorker(job: ToBackupWorker, listener: (message: FromBackupWorker) => void): Worker {
  const worker = new Worker(BACKUP_WORKER_PATH);
  worker.onmessage = (event: MessageEvent<FromBackupWorker>) => listener(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    listener({ type: 'failed', error: event.message || 'the backup worker stopped' });
  };
  worker.postMessage(job);
  return worker;
}

const workerReader = (): BackupReader => {
  let worker: Worker | null = null;
  return {
    start(file, listener) {
      worker = startWorker({ type: 'read', file }, (message) => {
        if (message.type !== 'exported') listener(message);
      });
    },
    stop() {
      worker?.terminate();
      worker = null;
    },
  };
};

export function workerBackupIO(connect: () => ImporterPort): BackupIO {
  return {
    exportFile: () =>
      new Promise<Blob>((resolve, reject) => {
        const worker = startWorker({ type: 'export' }, (answer) => {
          worker.terminate();
          if (answer.type === 'exported') resolve(answer.file);
          else reject(new Error(answer.type === 'failed' ? answer.error : `unexpected answer ${answer.type}`));
        });
      }),
    importFile: (file, onProgress, signal) => runImport(file, workerReader(), connect, onProgress, signal),
  };
}
