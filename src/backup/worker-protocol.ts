/**
 * Messages between a page and the backup worker (src/backup/worker.ts). Export and import run in a dedicated
 * worker because a big backup's JSON.parse, validation and serialisation each take longer than a frame, and every
 * Confnotes page shares one renderer process: on the page itself they froze all of them.
 */
import type { ImportSummary } from './format';

export type ToBackupWorker =
  | { type: 'export' }
  | { type: 'import'; file: Blob }
  /** Roll back the running import; the worker answers `cancelled` once nothing of it is left. */
  | { type: 'cancel' };

export type FromBackupWorker =
  | { type: 'exported'; file: Blob }
  | { type: 'progress'; done: number; total: number }
  | { type: 'imported'; summary: ImportSummary }
  | { type: 'refused'; problems: string[] }
  | { type: 'cancelled' }
  | { type: 'failed'; error: string };

/** The worker's script in the built extension, next to the manifest. */
export const BACKUP_WORKER_PATH = '/backup-worker.js';
