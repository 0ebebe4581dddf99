/**
 * A checked backup cut into chunks for the trip from the options page to the background, which writes it: one
 * runtime message may not carry a 100,000-note file (Chrome caps a message at 64 MiB), and a message that size
 * would cost the page a long task to send. Each chunk is JSON text (a string crosses a port in one copy, where an
 * object graph is converted field by field on the page's thread) of at most about `maxChars` characters, bar one
 * record bigger than that on its own.
 */
import type { Note, Section, Session } from '../model/types';
import type { BackupEntry, BackupImage } from './format';

/** The records of one of the file's sessions, or part of them; a session's own record comes in its first chunk. */
export interface ImportChunk {
  /** The session's place in the file (0, 1, ...): chunks come in the file's order. */
  entry: number;
  session?: Session;
  sections: Section[];
  notes: Note[];
  /** Absent when the chunk has none. */
  images?: BackupImage[];
}

/** JSON text of a T: typed on both sides of the port, parsed (and checked) where it is received. */
export type JsonOf<T> = string & { readonly jsonOf?: T };

export const CHUNK_CHARS = 250_000;

export function recordCount(entries: readonly BackupEntry[]): number {
  return entries.reduce((n, e) => n + 1 + e.sections.length + e.notes.length + (e.images?.length ?? 0), 0);
}

/** Calls `emit` with each chunk's JSON, in order. */
export function backupChunks(
  entries: readonly BackupEntry[],
  emit: (json: JsonOf<ImportChunk>, records: number) => void,
  maxChars = CHUNK_CHARS,
): void {
  entries.forEach((entry, i) => {
    let head = `{"entry":${i},"session":${JSON.stringify(entry.session)}`;
    let sections: string[] = [];
    let notes: string[] = [];
    let images: string[] = [];
    let chars = head.length;
    let records = 1;
    const flush = () => {
      const withImages = images.length ? `,"images":[${images.join(',')}]` : '';
      emit(`${head},"sections":[${sections.join(',')}],"notes":[${notes.join(',')}]${withImages}}`, records);
      head = `{"entry":${i}`;
      sections = [];
      notes = [];
      images = [];
      chars = head.length;
      records = 0;
    };
    const add = (kind: 'sections' | 'notes' | 'images', record: Section | Note | BackupImage) => {
      const json = JSON.stringify(record);
      if (records > 0 && chars + json.length > maxChars) flush();
      (kind === 'sections' ? sections : kind === 'notes' ? notes : images).push(json);
      chars += json.length + 1;
      records += 1;
    };
    for (const section of entry.sections) add('sections', section);
    for (const note of entry.notes) add('notes', note);
    // After every note, so that the background has each image's note before the image.
    for (const image of entry.images ?? []) add('images', image);
    if (records > 0) flush();
  });
}
