// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleContents } from '../../../src/export/sample-session';
import { renderWriteup } from '../../../src/export/writeup';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/settings';
import { slugify } from '../../../src/export/slug';
import { ExportActions, type WriteupSource } from '../../../panel/export-actions';
import { splitFrontMatter } from '../../../src/ui/export-preview';
import { providePreviewRenderer } from '../../../src/ui/load-preview';
import * as previewRenderer from '../../../src/ui/preview-renderer';
import { previewHtml } from '../../../src/ui/preview-renderer';
import { SampleExportPreview } from '../../../options/sample-export-preview';

afterEach(cleanup);
// The pages load the renderer as preview.js (load-preview.test.ts, and the real-browser export tests); here it
// is handed over as a module.
providePreviewRenderer(previewRenderer);

describe('previewHtml', () => {
  it('renders Markdown and removes anything that could run', () => {
    const html = previewHtml(
      [
        '**bold** [ok](https://e.com) [bad](javascript:alert(1))',
        '',
        '<script>alert(1)</script>',
        '<img src=x onerror="alert(1)">',
        '<iframe src="https://e.com"></iframe>',
        '<a href="https://e.com" onclick="x()">a</a>',
        '<style>body{display:none}</style>',
        '<p style="position:fixed">styled</p>',
      ].join('\n'),
    );
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('strong')?.textContent).toBe('bold');
    expect(doc.querySelectorAll('script, iframe, style, [onerror], [onclick], [style]')).toHaveLength(0);
    for (const a of doc.querySelectorAll('a')) {
      expect(a.getAttribute('href') ?? '').not.toMatch(/^javascript:/i);
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('splits off the front matter', () => {
    expect(splitFrontMatter('---\ntitle: x\n---\n\n## A\n')).toEqual({
      frontMatter: '---\ntitle: x\n---\n',
      body: '\n## A\n',
    });
    expect(splitFrontMatter('# T\n')).toEqual({ frontMatter: '', body: '# T\n' });
  });
});

describe('SampleExportPreview', () => {
  it('shows the sample session rendered with tweets as quotes, and the exact Markdown on request', () => {
    const { container } = render(<SampleExportPreview settings={DEFAULT_SETTINGS.export} />);
    expect(screen.getByRole('heading', { name: 'Pager Fatigue Is a Design Bug' })).toBeTruthy();
    expect(container.querySelector('blockquote.twitter-tweet')).toBeNull();
    expect(screen.getByLabelText('Front matter').textContent).toContain('title: HarbourOps Day 2025');
    fireEvent.click(screen.getByRole('button', { name: 'Markdown' }));
    expect(screen.getByLabelText('Markdown').textContent).toBe(
      renderWriteup(sampleContents(), DEFAULT_SETTINGS.export),
    );
  });
});

describe('ExportActions', () => {
  const settings: Settings = { ...DEFAULT_SETTINGS, export: { ...DEFAULT_SETTINGS.export, links: 'reference' } };
  // What the background answers: the one renderer with the saved settings.
  const asked: (string | undefined)[] = [];
  const writeup: WriteupSource = async (sessionId, tweets) => {
    asked.push(tweets);
    const contents = sampleContents();
    expect(sessionId).toBe(contents.session.id);
    const choices = tweets ? { ...settings.export, tweets } : settings.export;
    return { markdown: renderWriteup(contents, choices), fileName: `${slugify(contents.session.title)}.md` };
  };

  it('copies exactly what the renderer gives with the saved settings', async () => {
    const writeText = vi.fn(async (_: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ExportActions contents={sampleContents()} writeup={writeup} />);
    const copy = screen.getByRole('button', { name: 'Copy Markdown' });
    await waitFor(() => expect((copy as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(copy);
    await screen.findByText('Copied the Markdown to the clipboard.');
    expect(writeText).toHaveBeenCalledWith(renderWriteup(sampleContents(), settings.export));
  });

  it('downloads <slug>.md, and says so when it fails', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return 'blob:x';
    };
    URL.revokeObjectURL = () => undefined;
    const clicks: string[] = [];
    HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
      clicks.push(this.download);
    };
    render(<ExportActions contents={sampleContents()} writeup={writeup} />);
    const button = screen.getByRole('button', { name: 'Export Markdown' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    await screen.findByText('Exported harbourops-day-2025.md.');
    expect(clicks).toEqual(['harbourops-day-2025.md']);
    expect(await (blobs[0] as Blob).text()).toBe(renderWriteup(sampleContents(), settings.export));
    URL.createObjectURL = () => {
      throw new Error('no blobs today');
    };
    fireEvent.click(button);
    expect((await screen.findByRole('alert')).textContent).toBe('Export failed: no blobs today');
  });

  it('previews the exact Markdown and renders it with tweets as quotes; a failure is said', async () => {
    render(<ExportActions contents={sampleContents()} writeup={writeup} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show preview' }));
    expect(await screen.findByRole('heading', { name: 'Pager Fatigue Is a Design Bug' })).toBeTruthy();
    expect(asked).toContain('quote');
    expect(document.querySelector('blockquote.twitter-tweet')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Markdown' }));
    expect(screen.getByLabelText('Markdown').textContent).toBe(renderWriteup(sampleContents(), settings.export));
    cleanup();
    render(
      <ExportActions
        contents={sampleContents()}
        writeup={async () => {
          throw new Error('This session no longer exists.');
        }}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Copying failed: This session no longer exists.');
  });
});
