/**
 * Where each snapshot goes in an exported writeup: `images/<talk>-<m-ss>.webp`, the talk's title as a slug and the
 * moment the frame shows (`images/pipelines-without-tears-12-34.webp`), `-2`, `-3`… when two share a moment. A
 * snapshot without a video moment (taken in the room) is numbered in its talk instead.
 */
import type { Id, Note, TextNote } from '../model/types';
import type { WriteupInput } from './writeup-input';
import { videoMomentOf } from '../schedule/clock';
import { inOrder } from './in-order';
import { slugify } from './slug';
import { formatTimestamp } from '../model/timestamp';

/** The folder beside the Markdown that holds the images. */
export const IMAGES_DIR = 'images';

export type Snapshot = TextNote & { image: NonNullable<TextNote['image']> };

export const isSnapshot = (note: Note): note is Snapshot => note.kind === 'text' && note.image !== undefined;

/** Every snapshot's path, by image id, in the writeup's order. */
export function imageFiles(contents: WriteupInput): Map<Id, string> {
  const paths = new Map<Id, string>();
  const taken = new Set<string>();
  for (const section of inOrder(contents.sections)) {
    const talk = Array.from(slugify(section.title)).slice(0, 40).join('').replace(/-+$/, '');
    let unnamed = 0;
    for (const note of inOrder(contents.notesBySection.get(section.id) ?? [])) {
      if (!isSnapshot(note)) continue;
      const at = note.at ?? videoMomentOf(note, section) ?? undefined;
      const moment = at ? formatTimestamp(at.seconds).replace(/:/g, '-') : String((unnamed += 1));
      const extension = note.image.mime === 'image/png' ? 'png' : 'webp';
      let name = `${talk}-${moment}`;
      for (let n = 2; taken.has(name); n++) name = `${talk}-${moment}-${n}`;
      taken.add(name);
      paths.set(note.image.id, `${IMAGES_DIR}/${name}.${extension}`);
    }
  }
  return paths;
}

/** How many of the session's notes are snapshots (what a Markdown-only export leaves out or links). */
export function snapshotCount(contents: WriteupInput): number {
  let count = 0;
  for (const notes of contents.notesBySection.values()) count += notes.filter(isSnapshot).length;
  return count;
}
