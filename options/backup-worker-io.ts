/**
 * The options page's backup controls over the backup worker (src/backup/worker.ts): one worker per job, ended
 * when the job is done. An export comes back from it as a Blob. An import's file goes to the background's service
 * worker whole in Chrome (it reads, checks and writes it); in Firefox, whose background shares this page's thread,
 * the worker reads and checks it and the page passes its chunks of text on (backup-import.ts). Either way the page
 * never runs a long task itself.
 */
import type { BackupFileMessage, ImporterPort } from '../src/messages';
import { targetBrowser } from '../src/platform/browser-name';
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

/** Hands the file to the background's service worker (a runtime port carries no File). */
const serviceWorkerReader = (): BackupReader => ({
  start(file, listener) {
    const token = crypto.randomUUID();
    navigator.serviceWorker.ready
      .then((registration) => {
        if (!registration.active) throw new Error('Confnotes is not running; try again');
        const message: BackupFileMessage = { type: 'backup/file', token, file };
        registration.active.postMessage(message);
        listener({ type: 'handed', token });
      })
      .catch((error: unknown) =>
        listener({ type: 'failed', error: error instanceof Error ? error.message : String(error) }),
      );
  },
  stop: () => undefined,
});

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
    importFile: (file, onProgress, signal) =>
      runImport(file, targetBrowser === 'chrome' ? serviceWorkerReader() : workerReader(), connect, onProgress, signal),
  };
}
