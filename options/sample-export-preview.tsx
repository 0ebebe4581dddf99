/** The options page's live preview: the built-in sample session rendered with the settings being chosen. */
import { useMemo } from 'preact/hooks';
import { sampleContents } from '../src/export/sample-session';
import { renderWriteup } from '../src/export/writeup';
import type { ExportSettings } from '../src/settings/settings';
import { ExportPreview } from '../src/ui/export-preview';

export function SampleExportPreview({ settings }: { settings: ExportSettings }) {
  const session = useMemo(sampleContents, []);
  const markdown = useMemo(() => renderWriteup(session, settings), [session, settings]);
  const previewMarkdown = useMemo(() => renderWriteup(session, { ...settings, tweets: 'quote' }), [session, settings]);
  return <ExportPreview heading="Preview of a sample session" markdown={markdown} previewMarkdown={previewMarkdown} />;
}
