/**
 * The side panel's export tools for the open session: "Export Markdown" downloads `<slug-of-the-title>.md`,
 * "Copy Markdown" puts the same text on the clipboard, "Show preview" renders it. The text comes from the one
 * renderer with the settings saved on the options page (kept up to date while the panel is open), so it is
 * byte for byte what the CLI gives for the same session's backup.
 */
import { useEffect, useState } from 'preact/hooks';
import { slugify } from '../export/slug';
import { renderWriteup } from '../export/writeup';
import { DEFAULT_SETTINGS, type ExportSettings, type Settings } from '../settings/settings';
import type { SessionContents } from '../store/api';
import { downloadText } from './download';
import { ExportPreview } from './export-preview';
import { errorText } from './page-deps';

export interface SettingsSource {
  load(): Promise<Settings>;
  /** Calls back on every change; returns the unsubscribe function. */
  subscribe?(callback: (settings: Settings) => void): () => void;
}

/** Clipboard API first; the older execCommand path for pages where the API is refused (no focus, Firefox sidebar). */
async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch (error) {
    const area = document.body.appendChild(document.createElement('textarea'));
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    if (!copied) throw error;
  }
}

export function ExportActions({ contents, settings: source }: { contents: SessionContents; settings: SettingsSource }) {
  const [settings, setSettings] = useState<ExportSettings | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [preview, setPreview] = useState(false);

  useEffect(() => {
    let live = true;
    source.load().then(
      (s) => { if (live) setSettings(s.export); },
      (e) => {
        if (!live) return;
        setSettings(DEFAULT_SETTINGS.export);
        setError(`Could not read the export settings (${errorText(e)}); using the defaults.`);
      },
    );
    const stop = source.subscribe?.((s) => setSettings(s.export));
    return () => { live = false; stop?.(); };
  }, [source]);

  const filename = `${slugify(contents.session.title)}.md`;

  const act = async (what: 'download' | 'copy') => {
    if (!settings) return;
    setError('');
    try {
      // Rendered at the click, not on every change of the session: a big session costs nothing until exported.
      const text = renderWriteup(contents, settings);
      if (what === 'download') {
        downloadText(filename, text, 'text/markdown;charset=utf-8');
        setStatus(`Exported ${filename}.`);
      } else {
        await copyText(text);
        setStatus('Copied the Markdown to the clipboard.');
      }
    } catch (e) {
      setStatus('');
      setError(`${what === 'download' ? 'Export' : 'Copying'} failed: ${errorText(e)}`);
    }
  };

  return (
    <section class="export-actions" aria-label="Export">
      <div class="row">
        <button type="button" class="primary" disabled={!settings} onClick={() => void act('download')}>Export Markdown</button>
        <button type="button" disabled={!settings} onClick={() => void act('copy')}>Copy Markdown</button>
        <button type="button" aria-expanded={preview} onClick={() => setPreview(!preview)}>
          {preview ? 'Hide preview' : 'Show preview'}
        </button>
      </div>
      <p class="status" role="status">{status}</p>
      <div role="alert" class={error ? 'error-region shown' : 'error-region'}>{error}</div>
      {preview && settings && <ExportPreview settings={settings} contents={contents} />}
    </section>
  );
}
