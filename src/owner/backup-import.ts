/**
 * A backup import as the background (the one writer) receives it from the options page, in one of two ways. The
 * file itself (Chrome: its service worker reads it on its own thread), parsed and checked here once, by the same
 * validation as every backup (validateBackup). Or (Firefox, whose background shares the pages' thread) in chunks
 * (src/backup/chunks.ts) over the port, the page's backup worker having read and checked the file: every record
 * passes the store's record checks as it comes, the whole the file's cross-record checks. Only then is anything
 * written: all of it in one transaction (importEntries). So a Cancel, a refusal, a failure or the page going away
 * at any point leaves the profile as it was. Plain TypeScript over the database: src/background/backup-import.ts
 * wires it to a port, tests drive it in Node.
 */
import type { ImportChunk } from '../backup/chunks';
import type { BackupEntry } from '../backup/format';
import { BackupError } from '../backup/format';
import { ImportCancelled, importEntries } from '../backup/import';
import { entryProblems, parseBackup } from '../backup/validate';
import type { FromImporter, ToImporter } from '../messages';
import type { ConfnotesDatabase } from '../store/db';
import { checkedImage, checkedSection, InvalidRecordError, storableNote, storableSession } from '../store/record-check';
import type { Change } from './changes';

export interface BackupImportDeps {
  database: () => Promise<ConfnotesDatabase>;
  announce: (change: Change) => void;
  /** To the page that sends the import. */
  send: (message: FromImporter) => void;
  /** The text of the file posted with this token (see BackupFileMessage); absent where files are not taken. */
  fileText?: (token: string) => Promise<string>;
}

const isType = (value: unknown): value is { type: ToImporter['type'] } =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

/** Records of one chunk, each checked as the store checks every write. */
function takeChunk(chunk: ImportChunk, entries: BackupEntry[]): number {
  if (typeof chunk !== 'object' || chunk === null || !Number.isInteger(chunk.entry))
    throw new BackupError(['a part of the file arrived out of shape']);
  if (!Array.isArray(chunk.sections) || !Array.isArray(chunk.notes) || (chunk.images && !Array.isArray(chunk.images)))
    throw new BackupError(['a part of the file arrived out of shape']);
  let entry = entries[chunk.entry];
  if (chunk.entry === entries.length && chunk.session) {
    entry = { session: storableSession(chunk.session), sections: [], notes: [] };
    entries.push(entry);
  } else if (chunk.entry !== entries.length - 1 || chunk.session) {
    throw new BackupError(['the parts of the file arrived out of order']);
  }
  for (const section of chunk.sections) entry!.sections.push(checkedSection(section));
  for (const note of chunk.notes) entry!.notes.push(storableNote(note));
  const images = Array.isArray(chunk.images) ? chunk.images : [];
  if (images.length) (entry!.images ??= []).push(...images.map(checkedImage));
  return (chunk.session ? 1 : 0) + chunk.sections.length + chunk.notes.length + images.length;
}

export function backupImport(deps: BackupImportDeps) {
  const entries: BackupEntry[] = [];
  const stop = new AbortController();
  let expected: number | null = null;
  let received = 0;
  let finished = false;
  let committing = false;

  const finish = (answer: FromImporter) => {
    if (finished) return;
    finished = true;
    entries.length = 0;
    deps.send(answer);
  };
  const fail = (error: unknown) => {
    // Whatever failed, nothing of this import is written: a write already running is rolled back.
    stop.abort();
    if (error instanceof BackupError || error instanceof InvalidRecordError)
      finish({ type: 'refused', problems: error.problems });
    else if (error instanceof ImportCancelled) finish({ type: 'cancelled' });
    else finish({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
  };

  async function write(checked: readonly BackupEntry[]): Promise<void> {
    const db = await deps.database();
    const summary = await importEntries(db, checked, {
      signal: stop.signal,
      onProgress: (done, total) => {
        if (!finished) deps.send({ type: 'progress', done, total });
      },
    });
    deps.announce({ kind: 'reset' });
    finish({ type: 'imported', summary });
  }

  async function commit(): Promise<void> {
    if (received !== expected)
      throw new BackupError([`the file arrived incomplete (${received} of ${expected} records)`]);
    const problems = entryProblems(entries);
    if (problems.length) throw new BackupError(problems.slice(0, 10));
    await write(entries);
  }

  /** The whole file, read here: parsed and checked once, then written (a Cancel meanwhile is heard before the write). */
  async function importFile(token: string): Promise<void> {
    if (!deps.fileText) throw new BackupError(['this browser sends a backup in parts']);
    const check = parseBackup(await deps.fileText(token));
    if (!check.ok) throw new BackupError(check.problems);
    if (stop.signal.aborted) throw new ImportCancelled();
    await write(check.backup.sessions);
  }

  return {
    receive(message: unknown): void {
      if (finished || !isType(message)) return;
      try {
        const m = message as ToImporter;
        switch (m.type) {
          case 'file':
            if (expected !== null || committing || typeof m.token !== 'string')
              throw new BackupError(['the import began twice']);
            committing = true;
            void importFile(m.token).catch(fail);
            return;
          case 'begin':
            if (expected !== null || committing || !Number.isInteger(m.records))
              throw new BackupError(['the import began twice']);
            expected = m.records;
            return;
          case 'chunk':
            if (expected === null || typeof m.json !== 'string')
              throw new BackupError(['a part of the file arrived out of shape']);
            received += takeChunk(JSON.parse(m.json) as ImportChunk, entries);
            return;
          case 'commit':
            if (committing) return;
            committing = true;
            void commit().catch(fail);
            return;
          case 'cancel':
            // Before the commit nothing was written; during it, the transaction is aborted at its next batch.
            stop.abort();
            if (!committing) finish({ type: 'cancelled' });
            return;
        }
      } catch (error) {
        fail(error);
      }
    },
    /** The page went away (closed, reloaded): what was received is dropped, a running write rolled back. */
    end(): void {
      stop.abort();
      finished = true;
      entries.length = 0;
    },
  };
}
