/**
 * `confnotes export`, minus the file system: the backup's text in, the writeup or one error line out. Uses the
 * store's own backup validator (src/backup), so the CLI refuses exactly what an import would refuse.
 */
import { parseBackup } from '../backup/validate';
import type { BackupEntry } from '../backup/format';
import type { ExportSettings } from '../settings/settings';
import { renderWriteup } from '../export/writeup';
import { writeupInput } from '../export/writeup-input';
import { imageFiles, snapshotCount } from '../export/image-files';
import type { WriteupFile } from '../export/zip';
import { base64ToBytes } from '../backup/base64';

export type ExportResult =
  | {
      ok: true;
      markdown: string;
      title: string;
      /** With `files`: each image the Markdown links, by its path beside it (`images/…`). */
      images: WriteupFile[];
      /** How many snapshots the session has (a Markdown without files says they are not in it). */
      snapshots: number;
    }
  | { ok: false; message: string };

function listSessions(entries: BackupEntry[]): string {
  return entries.map((e) => `${JSON.stringify(e.session.title)} (id ${e.session.id})`).join(', ');
}

/** Finds the session by id, then by exact title, then by title ignoring case; a title two sessions share is ambiguous. */
function pick(entries: BackupEntry[], wanted: string | undefined, file: string): BackupEntry | string {
  if (entries.length === 0) return `${file} holds no sessions`;
  if (wanted === undefined) {
    if (entries.length === 1) return entries[0] as BackupEntry;
    return `${file} holds ${entries.length} sessions; choose one with --session <id or title>: ${listSessions(entries)}`;
  }
  const byId = entries.find((e) => e.session.id === wanted);
  if (byId) return byId;
  for (const same of [(t: string) => t === wanted, (t: string) => t.toLowerCase() === wanted.toLowerCase()]) {
    const found = entries.filter((e) => same(e.session.title));
    if (found.length === 1) return found[0] as BackupEntry;
    if (found.length > 1)
      return `several sessions in ${file} are titled ${JSON.stringify(wanted)}; choose by id: ${listSessions(found)}`;
  }
  return `no session ${JSON.stringify(wanted)} in ${file}; the sessions in it are: ${listSessions(entries)}`;
}

/**
 * The writeup of the backup's session. With `files` (the CLI's --out), the images the backup carries go beside the
 * Markdown, which links them; a snapshot whose image the file lacks follows the `images` setting like any without.
 */
export function exportFromBackup(
  text: string,
  file: string,
  session: string | undefined,
  settings: ExportSettings,
  files = false,
): ExportResult {
  const check = parseBackup(text);
  if (!check.ok) return { ok: false, message: `${file} is not a valid Confnotes backup: ${check.problems.join('; ')}` };
  const entry = pick(check.backup.sessions, session, file);
  if (typeof entry === 'string') return { ok: false, message: entry };
  const contents = writeupInput(entry.session, entry.sections, entry.notes);
  const title = entry.session.title;
  const snapshots = snapshotCount(contents);
  const data = new Map((entry.images ?? []).map((i) => [i.id, i.data]));
  const paths = new Map([...imageFiles(contents)].filter(([id]) => data.has(id)));
  if (!files || paths.size === 0)
    return { ok: true, markdown: renderWriteup(contents, settings), title, images: [], snapshots };
  const images = [...paths].map(([id, path]) => ({ path, bytes: base64ToBytes(data.get(id)!) }));
  return { ok: true, markdown: renderWriteup(contents, settings, paths), title, images, snapshots };
}
