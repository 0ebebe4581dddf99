// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleContents } from '../../../src/export/sample-session';
import { imageFiles, snapshotCount } from '../../../src/export/image-files';
import { renderWriteup } from '../../../src/export/writeup';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { ExportActions, type WriteupSource } from '../../../panel/export-actions';
import type { SessionContents } from '../../../src/store/api';
import type { TextNote } from '../../../src/model/types';

afterEach(cleanup);

/** The sample session with a snapshot at 0:05 in its first talk. */
function withSnapshot(): SessionContents {
  const contents = sampleContents();
  const talk = contents.sections[0]!;
  const notes = contents.notesBySection.get(talk.id)!;
  const snapshot: TextNote = {
    id: 'snap',
    sessionId: contents.session.id,
    sectionId: talk.id,
    order: Math.max(...notes.map((n) => n.order)) + 1,
    createdAt: 1,
    updatedAt: 1,
    kind: 'text',
    text: '',
    at: { videoId: talk.source?.videoId ?? 'dQw4w9WgXcQ', seconds: 5 },
    image: { id: 'img', width: 1920, height: 1080, mime: 'image/webp' },
  };
  contents.notesBySection.set(talk.id, [...notes, snapshot]);
  return contents;
}

const frame = new Uint8Array([82, 73, 70, 70, 1, 2, 3]);
// The background's answer: the one renderer, with the images' places when files are asked for.
const writeup: WriteupSource = async (_sessionId, _tweets, files) => {
  const contents = withSnapshot();
  const paths = imageFiles(contents);
  const images = files ? [...paths].map(([id, path]) => ({ id, path })) : undefined;
  const markdown = renderWriteup(contents, DEFAULT_SETTINGS.export, files ? paths : undefined);
  return {
    markdown,
    fileName: 'harbourops-day-2025.md',
    snapshots: snapshotCount(contents),
    ...(images ? { images } : {}),
  };
};

describe('exporting a session with snapshots', () => {
  const downloads: { name: string; blob: Blob }[] = [];
  beforeEach(() => {
    downloads.length = 0;
    let last: Blob | undefined;
    URL.createObjectURL = (blob: Blob) => {
      last = blob;
      return 'blob:x';
    };
    URL.revokeObjectURL = () => undefined;
    HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
      downloads.push({ name: this.download, blob: last! });
    };
  });

  it('"Export Markdown" downloads <slug>.zip: the Markdown and every image it links', async () => {
    const readImage = vi.fn(async (id: string) => (id === 'img' ? new Blob([frame]) : undefined));
    render(<ExportActions contents={withSnapshot()} writeup={writeup} readImage={readImage} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export Markdown' }));
    await screen.findByText('Exported harbourops-day-2025.zip: the Markdown and its image.');
    expect(downloads.map((d) => d.name)).toEqual(['harbourops-day-2025.zip']);
    const zip = unzipSync(new Uint8Array(await downloads[0]!.blob.arrayBuffer()));
    const markdown = new TextDecoder().decode(zip['harbourops-day-2025.md']);
    const links = [...markdown.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(links).toHaveLength(1);
    expect(links[0]).toMatch(/^images\/.+-0-05\.webp$/);
    expect(zip[links[0]!]).toEqual(frame);
  });

  it('"Export Markdown only" and "Copy Markdown" say the images are left out', async () => {
    const writeText = vi.fn(async (_: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ExportActions contents={withSnapshot()} writeup={writeup} readImage={async () => new Blob([frame])} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export Markdown only' }));
    await screen.findByText("Exported harbourops-day-2025.md. The snapshot's image is left out.");
    expect(downloads.map((d) => d.name)).toEqual(['harbourops-day-2025.md']);
    await waitFor(() =>
      expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Copy Markdown' }).disabled).toBe(false),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    await screen.findByText("Copied the Markdown to the clipboard. The snapshot's image is left out.");
    expect(writeText.mock.calls[0]![0]).not.toContain('images/');
  });

  it('a session without snapshots has no "Markdown only"', () => {
    render(<ExportActions contents={sampleContents()} writeup={writeup} readImage={async () => undefined} />);
    expect(screen.queryByRole('button', { name: 'Export Markdown only' })).toBeNull();
  });
});
