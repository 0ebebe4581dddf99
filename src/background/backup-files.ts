/**
 * Backup files posted to the background's service worker by the options page (BackupFileMessage): a runtime port
 * carries no File, and reading the file here, once, spares the page's thread every part of the import. Taken
 * only from a page of this extension; kept by token until the import port asks for it (either may come first),
 * for a minute at most. Where the background is not a service worker (Firefox) nothing is taken: the page sends
 * the import in parts.
 */
import type { BackupFileMessage } from '../messages';

const KEEP_MS = 60_000;

/** What a service worker's message event carries that is read here (the DOM library has no worker types). */
interface FileEvent {
  origin: string;
  source: { url?: string; type?: string } | null;
  data: unknown;
  waitUntil?: (promise: Promise<unknown>) => void;
}
interface WorkerScope {
  addEventListener: (type: 'message', listener: (event: FileEvent) => void) => void;
}

const isFileMessage = (data: unknown): data is BackupFileMessage =>
  typeof data === 'object' &&
  data !== null &&
  (data as BackupFileMessage).type === 'backup/file' &&
  typeof (data as BackupFileMessage).token === 'string' &&
  (data as BackupFileMessage).file instanceof Blob;

/** Whether the background is a service worker (Chrome's), to which pages can post files. */
export const takesFiles = (): boolean => {
  const scope = globalThis as { ServiceWorkerGlobalScope?: abstract new () => unknown };
  return typeof scope.ServiceWorkerGlobalScope === 'function' && globalThis instanceof scope.ServiceWorkerGlobalScope;
};

/**
 * Listens for files on `scope` (at the worker's first run: a listener added later is not called) and gives the
 * text of the one with a token, once.
 */
export function listenForBackupFiles(scope: WorkerScope, ownOrigin: string): (token: string) => Promise<string> {
  const files = new Map<string, Blob>();
  const waiting = new Map<string, (file: Blob) => void>();
  const origin = ownOrigin.replace(/\/$/, '');
  scope.addEventListener('message', (event) => {
    const page = event.source;
    if (event.origin !== origin || page?.type !== 'window' || !page.url?.startsWith(`${origin}/`)) return;
    if (!isFileMessage(event.data)) return;
    const { token, file } = event.data;
    const taker = waiting.get(token);
    if (taker) return taker(file);
    files.set(token, file);
    const kept = new Promise<void>((resolve) => setTimeout(resolve, KEEP_MS)).then(() => files.delete(token));
    event.waitUntil?.(kept);
  });
  return (token) => {
    const file = files.get(token);
    files.delete(token);
    if (file) return file.text();
    return new Promise<Blob>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiting.delete(token);
        reject(new Error('the file did not reach the background; try again'));
      }, KEEP_MS);
      waiting.set(token, (arrived) => {
        clearTimeout(timer);
        waiting.delete(token);
        resolve(arrived);
      });
    }).then((arrived) => arrived.text());
  };
}
