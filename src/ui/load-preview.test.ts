// @vitest-environment jsdom
/** The preview's renderer arrives as preview.js, added as a script the first time a preview is shown. */
import { afterEach, expect, test, vi } from 'vitest';
import type { PreviewRenderer } from './load-preview';

const renderer: PreviewRenderer = { previewHtml: (md) => `<p>${md}</p>`, sampleWriteup: vi.fn() };
const scripts = () => [...document.head.querySelectorAll('script')];

afterEach(() => {
  document.head.textContent = '';
  delete (globalThis as Record<string, unknown>).__confnotesPreviewRenderer;
  vi.resetModules(); // a fresh module: nothing loading, nothing provided
});

test('adds preview.js once, however many previews ask, and gives what the script hands over', async () => {
  const { loadPreviewRenderer, providePreviewRenderer } = await import('./load-preview');
  const first = loadPreviewRenderer();
  const second = loadPreviewRenderer();
  expect(scripts().map((s) => s.getAttribute('src'))).toEqual(['/preview.js']);
  providePreviewRenderer(renderer); // what preview.js does when it runs
  scripts()[0]!.dispatchEvent(new Event('load'));
  expect(await first).toBe(renderer);
  expect(await second).toBe(renderer);
  expect(await loadPreviewRenderer()).toBe(renderer);
  expect(scripts()).toHaveLength(1);
});

test('a script that fails to load is said, and the next preview tries again', async () => {
  const { loadPreviewRenderer } = await import('./load-preview');
  const failed = loadPreviewRenderer();
  scripts()[0]!.dispatchEvent(new Event('error'));
  await expect(failed).rejects.toThrow('preview.js could not be loaded');
  void loadPreviewRenderer().catch(() => undefined); // left pending: only the new script matters here
  expect(scripts()).toHaveLength(2);
});

test('a script that runs without handing over a renderer is an error, not a preview that never comes', async () => {
  const { loadPreviewRenderer } = await import('./load-preview');
  const loaded = loadPreviewRenderer();
  scripts()[0]!.dispatchEvent(new Event('load'));
  await expect(loaded).rejects.toThrow('without handing over its renderer');
});
