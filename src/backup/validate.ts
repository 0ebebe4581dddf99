/**
 * validateBackup: the whole file is checked before anything is written. An older file is first brought to the
 * current format (src/backup/upgrade.ts). Then its structure (depth, key names: see structure.ts), then the JSON
 * Schema (compiled ahead of time: see scripts/gen-backup-validator.mjs), then what a schema cannot say: ids are
 * unique, and every section and note belongs to the session it is filed under, every note to a section of that
 * session.
 */
import { postKey } from '../model/post';
import type { ImageRef, PostNote } from '../model/types';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupEntry } from './format';
import { describeSchemaErrors, fieldPath } from './problems';
import { upgradeBackup } from './upgrade';
import { validate as schemaValidate } from './schema-validator.generated';
import { structureProblem } from './structure';

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; problems: string[] };

const MAX_PROBLEMS = 10;

/**
 * A post note's key is its post's (`postKey`), and its thread and quote are of its network; the schema lets a
 * thread's post be any post (one definition keeps the pages' validator small), so a thread inside one is refused here.
 */
function postProblems(post: PostNote['post'], sourceKey: string | undefined, at: string): string[] {
  const problems: string[] = [];
  const key = postKey(post);
  if (sourceKey !== undefined && sourceKey !== key)
    problems.push(`${fieldPath(`${at}/sourceKey`)}: must be ${key ? JSON.stringify(key) : 'absent for this post'}`);
  if (post.quoted && post.quoted.network !== post.network)
    problems.push(`${fieldPath(`${at}/post/quoted/network`)}: must be its post's network "${post.network}"`);
  post.thread?.forEach((reply, j) => {
    if (reply.network !== post.network)
      problems.push(`${fieldPath(`${at}/post/thread/${j}/network`)}: must be its post's network "${post.network}"`);
    if (reply.thread)
      problems.push(
        `${fieldPath(`${at}/post/thread/${j}/thread`)}: is not a field of this format (a thread's post has no thread)`,
      );
  });
  return problems;
}

/** What a schema cannot say: unique ids, and every record filed under its own session (and a note under a section of it). */
export function entryProblems(entries: readonly BackupEntry[]): string[] {
  const problems: string[] = [];
  // Each id's first place as a JSON pointer, written out as a path only if the id comes again: a 100,000-note
  // file has a hundred thousand ids, and none twice.
  const seen = {
    session: new Map<string, string>(),
    section: new Map<string, string>(),
    note: new Map<string, string>(),
    image: new Map<string, string>(),
  };
  const unique = (kind: keyof typeof seen, id: string, at: string) => {
    const first = seen[kind].get(id);
    if (first)
      problems.push(`${fieldPath(at)}: the id ${JSON.stringify(id)} is used twice (also at ${fieldPath(first)})`);
    else seen[kind].set(id, at);
  };
  entries.forEach((entry, i) => {
    const base = `/sessions/${i}`;
    const sessionId = entry.session.id;
    unique('session', sessionId, `${base}/session/id`);
    const sectionIds = new Set<string>();
    const imageOf = new Map<string, ImageRef>();
    entry.sections.forEach((section, j) => {
      const at = `${base}/sections/${j}`;
      unique('section', section.id, `${at}/id`);
      sectionIds.add(section.id);
      if (section.sessionId !== sessionId)
        problems.push(`${fieldPath(`${at}/sessionId`)}: must be its session's id ${JSON.stringify(sessionId)}`);
      const expected = section.source ? `youtube:${section.source.videoId}` : undefined;
      if (section.sourceKey !== expected) {
        problems.push(
          `${fieldPath(`${at}/sourceKey`)}: must be ${expected ? JSON.stringify(expected) : 'absent for a section without a source'}`,
        );
      }
    });
    entry.notes.forEach((note, k) => {
      const at = `${base}/notes/${k}`;
      unique('note', note.id, `${at}/id`);
      if (note.sessionId !== sessionId)
        problems.push(`${fieldPath(`${at}/sessionId`)}: must be its session's id ${JSON.stringify(sessionId)}`);
      if (!sectionIds.has(note.sectionId))
        problems.push(`${fieldPath(`${at}/sectionId`)}: is not a section of this session`);
      if (note.kind === 'text' && note.image) imageOf.set(note.id, note.image);
      if (note.kind === 'post') problems.push(...postProblems(note.post, note.sourceKey, at));
    });
    // An image belongs to a note of its session that shows it, as that note says; a note may show an image the
    // file lacks (it says what was there).
    entry.images?.forEach((image, k) => {
      const at = `${base}/images/${k}`;
      unique('image', image.id, `${at}/id`);
      const ref = imageOf.get(image.noteId);
      if (!ref || ref.id !== image.id)
        problems.push(`${fieldPath(`${at}/noteId`)}: is not a note of this session showing this image`);
      else if (ref.width !== image.width || ref.height !== image.height || ref.mime !== image.mime)
        problems.push(`${fieldPath(at)}: its size or type differs from what its note says`);
    });
  });
  return problems;
}

function limit(problems: string[]): string[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), `and ${problems.length - MAX_PROBLEMS} more problems`];
}

/** Checks a parsed value. */
export function validateBackup(raw: unknown): BackupCheck {
  const head = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : undefined;
  if (!head || head.format !== BACKUP_FORMAT) {
    return { ok: false, problems: ['format: this is not a Confnotes backup (format must be "confnotes-backup")'] };
  }
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
    return {
      ok: false,
      problems: [
        `version: this backup is version ${head.version}, newer than this Confnotes reads (${BACKUP_VERSION}); update Confnotes first`,
      ],
    };
  }
  // Bounded before anything walks it (the upgrade of an old file recurses into quotes).
  const structure = structureProblem(raw);
  if (structure) return { ok: false, problems: [structure] };
  const value = upgradeBackup(raw);
  if (!schemaValidate(value)) return { ok: false, problems: limit(describeSchemaErrors(schemaValidate.errors ?? [])) };
  const backup = value as Backup;
  const problems = entryProblems(backup.sessions);
  return problems.length ? { ok: false, problems: limit(problems) } : { ok: true, backup };
}

/** Parses the text of a file and checks it. */
export function parseBackup(text: string): BackupCheck {
  // A byte-order mark is how some editors start a UTF-8 file; it is not part of the JSON.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (json.trim() === '') return { ok: false, problems: ['the file is empty'] };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    // The parser quotes the text around the error: bytes that are not text are shown as '?'.
    const detail = (error instanceof Error ? error.message : String(error)).replace(/[^\x20-\x7E\u00A0-\uFFFC]/g, '?');
    return { ok: false, problems: [`the file is not valid JSON (${detail})`] };
  }
  return validateBackup(value);
}
