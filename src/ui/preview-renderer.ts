/**
 * What the export preview renders with: marked, DOMPurify and, for the options page's sample, the writeup
 * renderer. Together they are a third of a page's script, so pages never bundle this module: the build makes it
 * its own script (preview.js), loaded by load-preview.ts only when a preview is shown.
 */
import createDOMPurify from 'dompurify';
import { marked } from 'marked';
import { sampleContents } from '../export/sample-session';
import { renderWriteup } from '../export/writeup';
import type { ExportSettings } from '../settings/settings';

let purifier: ReturnType<typeof createDOMPurify> | null = null;

/** Markdown to sanitised HTML; one DOMPurify instance of our own, so its link hook touches nothing else. */
export function previewHtml(markdown: string): string {
  if (!purifier) {
    purifier = createDOMPurify(window);
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A') {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
  }
  const html = marked.parse(markdown, { async: false, gfm: true });
  return purifier.sanitize(html, {
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select'],
    FORBID_ATTR: ['style'],
  });
}

/** The built-in sample session's writeup with these settings: exactly, and with tweets as quotes for the view. */
export function sampleWriteup(settings: ExportSettings): { markdown: string; previewMarkdown: string } {
  const session = sampleContents();
  return {
    markdown: renderWriteup(session, settings),
    previewMarkdown: renderWriteup(session, { ...settings, tweets: 'quote' }),
  };
}
