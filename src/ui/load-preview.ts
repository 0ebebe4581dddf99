/**
 * Loads the export preview's renderer (preview-renderer.ts, built as preview.js) the first time a preview is
 * shown, so a page's own script carries neither marked, DOMPurify nor the writeup renderer. The bundles are
 * classic scripts (IIFEs), so this adds a <script> and waits for preview.js to hand the renderer over.
 */
import { useEffect, useState } from 'preact/hooks';
import type { previewHtml, sampleWriteup } from './preview-renderer';

export interface PreviewRenderer {
  previewHtml: typeof previewHtml;
  sampleWriteup: typeof sampleWriteup;
}

const GLOBAL = '__confnotesPreviewRenderer';
type Holder = { [GLOBAL]?: PreviewRenderer };

/** Called by preview.js when it runs; tests call it with the module itself. */
export function providePreviewRenderer(renderer: PreviewRenderer): void {
  (globalThis as Holder)[GLOBAL] = renderer;
}

let loading: Promise<PreviewRenderer> | null = null;

export function loadPreviewRenderer(): Promise<PreviewRenderer> {
  const provided = (globalThis as Holder)[GLOBAL];
  if (provided) return Promise.resolve(provided);
  loading ??= new Promise<PreviewRenderer>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/preview.js';
    script.addEventListener('load', () => {
      const renderer = (globalThis as Holder)[GLOBAL];
      if (renderer) resolve(renderer);
      else reject(new Error('preview.js ran without handing over its renderer'));
    });
    script.addEventListener('error', () => reject(new Error('preview.js could not be loaded')));
    document.head.append(script);
  }).catch((error: unknown) => {
    loading = null; // the next preview tries again
    throw error;
  });
  return loading;
}

/** The renderer once loaded (null until then), or the reason it could not load. */
export function usePreviewRenderer(): { renderer: PreviewRenderer | null; error: string } {
  const [state, setState] = useState<{ renderer: PreviewRenderer | null; error: string }>(() => ({
    renderer: (globalThis as Holder)[GLOBAL] ?? null,
    error: '',
  }));
  useEffect(() => {
    if (state.renderer) return undefined;
    let live = true;
    loadPreviewRenderer().then(
      (renderer) => live && setState({ renderer, error: '' }),
      (error: unknown) =>
        live && setState({ renderer: null, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [state.renderer]);
  return state;
}
