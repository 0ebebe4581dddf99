/**
 * `confnotes export`, minus the file system: the backup's text in, the writeup or one error line out. Uses the
 * store's own backup validator (src/backup), so the CLI refuses exactly what an import would refuse.
 */
import { parseBackup } from '../backup/validate';
import type { BackupEntry } from '../backup/format';
import type { ExportSettings } from '../settings/settings';
import { renderWriteup } from '../export/writeup';
import { writeupInput } from '../export/writeup-input';

export type ExportResult = { ok: true; markdown: string; title: string } | { ok: false; message: string };

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

export function exportFromBackup(
  text: string,
  file: string,
  session: string | undefined,
  settings: ExportSettings,
): ExportResult {
  const check = parseBackup(text);
  if (!check.ok) return { ok: false, message: `${file} is not a valid Confnotes backup: ${check.problems.join('; ')}` };
  const entry = pick(check.backup.sessions, session, file);
  if (typeof entry === 'string') return { ok: false, message: entry };
  return {
    ok: true,
    markdown: renderWriteup(writeupInput(entry.session, entry.sections, entry.notes), settings),
    title: entry.session.title,
  };
}
