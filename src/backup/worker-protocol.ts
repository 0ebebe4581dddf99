/**
 * Messages between the options page and its backup worker (src/backup/worker.ts). The worker does what takes
 * longer than a frame on a big backup: reading, parsing and checking an import's file, then cutting it into
 * chunks; reading and serialising an export. Every Confnotes page shares one renderer thread: on a page, this work
 * froze all of them. The worker never writes: the page passes the chunks on to the background, the one writer.
 */
import type { ImportChunk, JsonOf } from './chunks';

export type ToBackupWorker = { type: 'export' } | { type: 'read'; file: Blob };

export type FromBackupWorker =
  | { type: 'exported'; file: Blob }
  /** The file is a good backup of this many records; its chunks follow, then `read`. */
  | { type: 'checked'; records: number }
  | { type: 'chunk'; json: JsonOf<ImportChunk> }
  | { type: 'read' }
  | { type: 'refused'; problems: string[] }
  | { type: 'failed'; error: string };

/** The worker's script in the built extension, next to the manifest. */
export const BACKUP_WORKER_PATH = '/backup-worker.js';
