/**
 * An import as the options page runs it. In Chrome the file is handed to the background's service worker whole,
 * which reads, checks and writes it while the page only waits for its answer on an import port. Elsewhere a
 * reader (the backup worker, or the page's own thread in tests) reads and checks the file and cuts it into
 * chunks, which the page passes to the background over the port. The page writes nothing. Cancel before the background has everything drops it all; after,
 * the background rolls its one transaction back. If the background goes away mid-import, nothing was written.
 */
import type { FromImporter, ImporterPort } from '../src/messages';
import type { FromBackupWorker } from '../src/backup/worker-protocol';
import type { ImportSummary } from '../src/backup/format';
import type { ImportOutcome } from './backup-panel';

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export function describeImport(summary: ImportSummary): string {
  const parts =
    `${count(summary.sessions, 'session', 'sessions')}, ${count(summary.sections, 'section', 'sections')}, ` +
    `${count(summary.notes, 'note', 'notes')}`;
  return summary.replaced > 0
    ? `${parts} (${count(summary.replaced, 'record was', 'records were')} already here and updated).`
    : `${parts}.`;
}

export type ReaderMessage =
  | Exclude<FromBackupWorker, { type: 'exported' }>
  /** The file was handed to the background whole, under this token: the background reads and checks it. */
  | { type: 'handed'; token: string };

export interface BackupReader {
  /**
   * Starts reading `file`; `listener` gets `checked`, each chunk, then `read` (or `refused` / `failed`); or, where
   * the background takes the file itself, only `handed`.
   */
  start: (file: Blob, listener: (message: ReaderMessage) => void) => void;
  stop: () => void;
}

export const GONE_TEXT = 'Confnotes stopped during the import; nothing was imported. Try again.';

export function runImport(
  file: Blob,
  reader: BackupReader,
  connect: () => ImporterPort,
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<ImportOutcome> {
  return new Promise<ImportOutcome>((resolve, reject) => {
    let port: ImporterPort | null = null;
    let settled = false;
    const settle = (outcome: ImportOutcome | Error) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', cancel);
      reader.stop();
      port?.close();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    function cancel() {
      if (port) port.post({ type: 'cancel' });
      else settle({ ok: false, cancelled: true });
    }
    const fromBackground = (answer: FromImporter) => {
      switch (answer.type) {
        case 'progress':
          return onProgress(answer.done, answer.total);
        case 'imported':
          return settle({ ok: true, summary: describeImport(answer.summary) });
        case 'refused':
          return settle({ ok: false, problems: answer.problems });
        case 'cancelled':
          return settle({ ok: false, cancelled: true });
        case 'failed':
          return settle(new Error(answer.error));
      }
    };
    signal.addEventListener('abort', cancel, { once: true });
    if (signal.aborted) return cancel();
    reader.start(file, (message) => {
      if (settled) return;
      const open = () => {
        port = connect();
        port.onMessage(fromBackground);
        port.onEnd(() => settle(new Error(GONE_TEXT)));
        return port;
      };
      switch (message.type) {
        case 'handed':
          return open().post({ type: 'file', token: message.token });
        case 'checked':
          return open().post({ type: 'begin', records: message.records });
        case 'chunk':
          return port?.post({ type: 'chunk', json: message.json });
        case 'read':
          reader.stop();
          return port?.post({ type: 'commit' });
        case 'refused':
          return settle({ ok: false, problems: message.problems });
        case 'failed':
          return settle(new Error(message.error));
      }
    });
  });
}
