/**
 * The options page's backup controls over the backup worker (src/backup/worker.ts): one worker per job, ended
 * when the job answers. The page only moves a File in and a Blob out, so it never runs a long task itself.
 */
import type { FromBackupWorker, ToBackupWorker } from '../src/backup/worker-protocol';
import { BACKUP_WORKER_PATH } from '../src/backup/worker-protocol';
import { describeImport } from './backup-io';
import type { BackupIO } from './backup-panel';
import type { Ask } from '../src/ui/page-deps';

function runJob(
  job: ToBackupWorker,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<FromBackupWorker> {
  const worker = new Worker(BACKUP_WORKER_PATH);
  return new Promise<FromBackupWorker>((resolve, reject) => {
    const cancel = () => worker.postMessage({ type: 'cancel' } satisfies ToBackupWorker);
    worker.onmessage = (event: MessageEvent<FromBackupWorker>) => {
      const answer = event.data;
      if (answer.type === 'progress') return onProgress?.(answer.done, answer.total);
      signal?.removeEventListener('abort', cancel);
      worker.terminate();
      resolve(answer);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the backup worker stopped'));
    };
    signal?.addEventListener('abort', cancel, { once: true });
    worker.postMessage(job);
  });
}

/**
 * After an import the background, which tells the open pages of every change, is asked to have them read
 * everything again (the worker wrote beside it: a 100,000-note file is larger than a runtime message may be).
 */
export function workerBackupIO(ask: Ask): BackupIO {
  const onImported = () => {
    void ask('backup/imported', {}).catch(() => undefined);
  };
  return {
    async exportFile() {
      const answer = await runJob({ type: 'export' });
      if (answer.type === 'exported') return answer.file;
      throw new Error(answer.type === 'failed' ? answer.error : `unexpected answer ${answer.type}`);
    },
    async importFile(file, onProgress, signal) {
      const answer = await runJob({ type: 'import', file }, onProgress, signal);
      switch (answer.type) {
        case 'imported':
          onImported();
          return { ok: true, summary: describeImport(answer.summary) };
        case 'refused':
          return { ok: false, problems: answer.problems };
        case 'cancelled':
          return { ok: false, cancelled: true };
        case 'failed':
          throw new Error(answer.error);
        default:
          throw new Error(`unexpected answer ${answer.type}`);
      }
    },
  };
}
