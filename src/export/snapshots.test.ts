import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import type { Note, Section, Session, TextNote } from '../model/types';
import { DEFAULT_SETTINGS, type ExportSettings } from '../settings/settings';
import type { SessionContents } from '../store/api';
import { imageFiles, snapshotCount } from './image-files';
import { renderWriteup } from './writeup';
import { zipWriteup } from './zip';

const VIDEO = 'dQw4w9WgXcQ';
const session: Session = {
  id: 's',
  title: 'Conf',
  date: '',
  description: '',
  tags: [],
  categories: [],
  fields: {},
  createdAt: 1,
  updatedAt: 1,
};
const talk: Section = {
  id: 't',
  sessionId: 's',
  title: 'Pipelines Without Tears!',
  speaker: '',
  source: { kind: 'youtube', videoId: VIDEO },
  sourceKey: `youtube:${VIDEO}`,
  order: 1,
  createdAt: 1,
  updatedAt: 1,
};
const room: Section = { ...talk, id: 'r', title: 'Open Spaces', order: 2, source: undefined, sourceKey: undefined };

function snap(id: string, sectionId: string, order: number, text: string, seconds?: number, png = false): TextNote {
  return {
    id,
    sessionId: 's',
    sectionId,
    order,
    createdAt: 1,
    updatedAt: 1,
    kind: 'text',
    text,
    ...(seconds === undefined ? {} : { at: { videoId: VIDEO, seconds } }),
    image: { id: `img-${id}`, width: 1920, height: 1080, mime: png ? 'image/png' : 'image/webp' },
  };
}

const notes: Note[] = [
  snap('a', 't', 1, '', 754),
  snap('b', 't', 2, 'The *plan* [x]', 754),
  { id: 'c', sessionId: 's', sectionId: 't', order: 3, createdAt: 1, updatedAt: 1, kind: 'text', text: 'Words' },
  snap('d', 'r', 1, 'Whiteboard', undefined, true),
];
const contents: SessionContents = {
  session,
  sections: [talk, room],
  notesBySection: new Map([
    ['t', notes.slice(0, 3)],
    ['r', notes.slice(3)],
  ]),
};
const settings = (images: ExportSettings['images']): ExportSettings => ({
  ...DEFAULT_SETTINGS.export,
  frontMatter: false,
  images,
});

describe('snapshots in the writeup', () => {
  it('names each image after its talk and moment, apart when two share one', () => {
    expect([...imageFiles(contents)]).toEqual([
      ['img-a', 'images/pipelines-without-tears-12-34.webp'],
      ['img-b', 'images/pipelines-without-tears-12-34-2.webp'],
      ['img-d', 'images/open-spaces-1.png'],
    ]);
    expect(snapshotCount(contents)).toBe(3);
  });

  it('shows the image beside the Markdown with its caption, else "Slide at 12:34", and the time under it', () => {
    const markdown = renderWriteup(contents, settings('omit'), imageFiles(contents));
    expect(markdown).toContain(
      `![Slide at 12:34](images/pipelines-without-tears-12-34.webp)\n[12:34](https://www.youtube.com/watch?v=${VIDEO}&t=754s)`,
    );
    expect(markdown).toContain('![The \\*plan\\* \\[x\\]](images/pipelines-without-tears-12-34-2.webp)');
    expect(markdown).toContain('![Whiteboard](images/open-spaces-1.png)');
    expect(markdown).toContain('Words');
  });

  it('without the files: a link to the moment, or the caption alone, as the setting says', () => {
    const linked = renderWriteup(contents, settings('moment'));
    expect(linked).toContain(`[Slide at 12:34](https://www.youtube.com/watch?v=${VIDEO}&t=754s)`);
    expect(linked).not.toContain('images/');
    // No moment to link to (taken in the room): its caption, as a note.
    expect(linked).toContain('Whiteboard');
    const omitted = renderWriteup(contents, settings('omit'));
    expect(omitted).not.toContain('Slide at');
    expect(omitted).toContain('The *plan* [x]');
  });

  it('zips the Markdown with every image it links, bytes as they were', () => {
    const files = imageFiles(contents);
    const markdown = renderWriteup(contents, settings('omit'), files);
    const images = [...files.values()].map((path, i) => ({ path, bytes: new Uint8Array([i, 255, 0, i]) }));
    const zip = unzipSync(zipWriteup('conf.md', markdown, images));
    expect(Object.keys(zip).sort()).toEqual(['conf.md', ...files.values()].sort());
    expect(new TextDecoder().decode(zip['conf.md'])).toBe(markdown);
    for (const { path, bytes } of images) expect(zip[path]).toEqual(bytes);
    for (const [, path] of markdown.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)) expect(zip).toHaveProperty([path!]);
  });
});
