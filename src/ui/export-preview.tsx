/**
 * The export preview: what "Export Markdown" will write, as the Markdown source and rendered. The options page
 * shows it for a built-in sample session (sample-export-preview.tsx), the side panel for the session open there
 * (rendered by the background). Rendering: marked, then DOMPurify (nothing from a note or a page runs or styles
 * the page), from a writeup with tweets as Markdown quotes, since no embed script may run in an extension page.
 * The front matter is shown as text above the rendered body. Links open in a new tab, never in the panel.
 * This file holds no renderer of its own: marked, DOMPurify and the writeup renderer arrive with preview.js when
 * a preview is first shown (load-preview.ts), so no page's own script carries them.
 */
import { useMemo, useState } from 'preact/hooks';
import { usePreviewRenderer } from './load-preview';
import './export-preview.css';

/** The front matter (`---` … `---`) and the body after it; no front matter gives ''. */
export function splitFrontMatter(markdown: string): { frontMatter: string; body: string } {
  if (!markdown.startsWith('---\n')) return { frontMatter: '', body: markdown };
  const end = markdown.indexOf('\n---\n', 3);
  if (end < 0) return { frontMatter: '', body: markdown };
  return { frontMatter: markdown.slice(0, end + 5), body: markdown.slice(end + 5) };
}

export interface WriteupTexts {
  /** Exactly what "Export Markdown" writes. */
  markdown: string;
  /** The same writeup with tweets as Markdown quotes, for the rendered view. */
  previewMarkdown: string;
}

interface Props extends WriteupTexts {
  /** Whose writeup this is, e.g. 'Preview' or 'Preview of a sample session'. */
  heading: string;
}

export function ExportPreview({ markdown, previewMarkdown, heading }: Props) {
  const [view, setView] = useState<'rendered' | 'markdown'>('rendered');
  const { renderer, error } = usePreviewRenderer();
  const rendered = useMemo(() => {
    if (view !== 'rendered' || !renderer) return null;
    const { frontMatter, body } = splitFrontMatter(previewMarkdown);
    return { frontMatter, html: renderer.previewHtml(body) };
  }, [view, previewMarkdown, renderer]);

  return (
    <section class="export-preview card" aria-label="Export preview">
      <div class="row" role="group" aria-label="Preview as">
        <strong>{heading}</strong>
        <button type="button" aria-pressed={view === 'rendered'} onClick={() => setView('rendered')}>
          Rendered
        </button>
        <button type="button" aria-pressed={view === 'markdown'} onClick={() => setView('markdown')}>
          Markdown
        </button>
      </div>
      {view === 'markdown' ? (
        <pre class="export-preview-markdown" aria-label="Markdown" tabIndex={0}>
          {markdown}
        </pre>
      ) : rendered ? (
        <div class="export-preview-rendered">
          {rendered.frontMatter && <pre aria-label="Front matter">{rendered.frontMatter}</pre>}
          <div dangerouslySetInnerHTML={{ __html: rendered.html }} />
        </div>
      ) : (
        <PreviewLoading error={error} />
      )}
    </section>
  );
}

/** Until preview.js has arrived: a status line, or why it could not load. */
export function PreviewLoading({ error }: { error: string }) {
  return error ? (
    <p role="alert" class="error-region shown">
      The preview could not be shown: {error}
    </p>
  ) : (
    <p class="status">Rendering the preview…</p>
  );
}
