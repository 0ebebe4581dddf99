/**
 * A writeup with its images as one zip: `<slug>.md` and `images/…`, through fflate (a small, well-kept zip library
 * that runs in pages, workers and Node alike). The images are stored as they are (WebP and PNG are compressed
 * already; deflating them again costs time for nothing), the Markdown deflated.
 */
import { zipSync, type Zippable } from 'fflate';

export interface WriteupFile {
  path: string;
  bytes: Uint8Array;
}

/** Fixed, so that the same writeup gives the same zip (and a test can compare bytes). */
const MTIME = new Date('2000-01-01T00:00:00Z');

export function zipWriteup(markdownName: string, markdown: string, images: readonly WriteupFile[]): Uint8Array {
  const files: Zippable = { [markdownName]: [new TextEncoder().encode(markdown), { level: 6, mtime: MTIME }] };
  for (const image of images) files[image.path] = [image.bytes, { level: 0, mtime: MTIME }];
  return zipSync(files);
}
