/**
 * Backup on the options page: "Export backup" downloads every session as one JSON file; "Import backup" reads a
 * file, and either names what is wrong with it (nothing is imported then) or says what was imported. A big
 * import shows its progress and can be cancelled; a Cancel rolls it back whole.
 */
import { useRef, useState } from 'preact/hooks';
import { errorText } from '../src/ui/page-deps';
import { backupFilename, downloadBlob } from '../src/ui/download';

export type ImportOutcome =
  { ok: true; summary: string } | { ok: false; problems: string[] } | { ok: false; cancelled: true };

export interface BackupIO {
  exportFile: () => Promise<Blob>;
  importFile: (
    file: File,
    onProgress: (done: number, total: number) => void,
    signal: AbortSignal,
  ) => Promise<ImportOutcome>;
}

interface Props {
  backup: BackupIO;
  download?: (filename: string, file: Blob) => void;
  now?: () => Date;
}

/** How many problems are listed before "and N more". */
const PROBLEMS_SHOWN = 10;

export function BackupPanel({ backup, download = downloadBlob, now = () => new Date() }: Props) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const cancel = useRef<AbortController | null>(null);

  const exportBackup = async () => {
    setBusy(true);
    setProblems([]);
    try {
      const filename = backupFilename(now());
      download(filename, await backup.exportFile());
      setStatus(`Backup saved as ${filename}.`);
    } catch (e) {
      setStatus('');
      setProblems([`Export failed: ${errorText(e)}`]);
    } finally {
      setBusy(false);
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setStatus(`Reading ${file.name}…`);
    setProblems([]);
    cancel.current = new AbortController();
    try {
      const outcome = await backup.importFile(
        file,
        (done, total) => setProgress({ done, total }),
        cancel.current.signal,
      );
      if (outcome.ok) {
        setStatus(`Imported ${file.name}: ${outcome.summary}`);
      } else if ('cancelled' in outcome) {
        setStatus(`Import of ${file.name} cancelled: nothing changed.`);
      } else {
        setStatus('');
        setProblems([`${file.name} was not imported: nothing changed.`, ...outcome.problems]);
      }
    } catch (e) {
      setStatus('');
      setProblems([`${file.name} was not imported: ${errorText(e)}`]);
    } finally {
      setBusy(false);
      setProgress(null);
      cancel.current = null;
      input.value = ''; // choosing the same file again is a new import
    }
  };

  const extra = problems.length - 1 - PROBLEMS_SHOWN;
  return (
    <fieldset class="backup" aria-busy={busy}>
      <legend>Backup</legend>
      <p class="hint">
        Every session, section and note in one file, to keep or to move to another browser. Importing the same file
        twice adds nothing twice.
      </p>
      <div class="row">
        <button type="button" disabled={busy} onClick={() => void exportBackup()}>
          Export backup
        </button>
      </div>
      <div class="field">
        <label for="import-backup">Import backup</label>
        <input
          id="import-backup"
          type="file"
          accept="application/json,.json"
          disabled={busy}
          onChange={(e) => void importFile(e.currentTarget)}
        />
      </div>
      {progress && (
        <div class="row">
          <label for="import-progress">Importing</label>
          <progress id="import-progress" max={progress.total} value={progress.done}>
            {progress.done} of {progress.total}
          </progress>
          <button type="button" onClick={() => cancel.current?.abort()}>
            Cancel import
          </button>
        </div>
      )}
      <p class="status" role="status">
        {status}
      </p>
      <div role="alert" class={problems.length ? 'error-region shown problems' : 'error-region'}>
        {problems.length > 0 && (
          <div>
            <p>{problems[0]}</p>
            <ul>
              {problems.slice(1, 1 + PROBLEMS_SHOWN).map((p, i) => (
                <li key={i}>{p}</li>
              ))}
              {extra > 0 && <li>and {extra} more</li>}
            </ul>
          </div>
        )}
      </div>
    </fieldset>
  );
}
