/** The options page's live preview: the built-in sample session rendered with the settings being chosen. */
import { useMemo } from 'preact/hooks';
import type { ExportSettings } from '../src/settings/settings';
import { ExportPreview, PreviewLoading } from '../src/ui/export-preview';
import { usePreviewRenderer } from '../src/ui/load-preview';

export function SampleExportPreview({ settings }: { settings: ExportSettings }) {
  // The sample and the writeup renderer come with preview.js, loaded once the preview is on screen.
  const { renderer, error } = usePreviewRenderer();
  const texts = useMemo(() => renderer?.sampleWriteup(settings), [renderer, settings]);
  return texts ? (
    <ExportPreview heading="Preview of a sample session" {...texts} />
  ) : (
    <section class="export-preview card" aria-label="Export preview">
      <PreviewLoading error={error} />
    </section>
  );
}
