/**
 * The side panel's export tools for the open session: "Export Markdown" downloads `<slug-of-the-title>.md`,
 * "Copy Markdown" puts the same text on the clipboard, "Show preview" renders it. The text comes from the one
 * renderer, run by the background with the settings saved on the options page, so it is byte for byte what the
 * CLI gives for the same session's backup. Rendered at the click, not on every change of the session.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SessionContents } from '../src/store/api';
import { StatusLines } from '../src/ui/alerts';
import { downloadText } from '../src/ui/download';
import { ExportPreview, type WriteupTexts } from '../src/ui/export-preview';
import { errorText } from '../src/ui/page-deps';
import './export-actions.css';

/** The writeup of a session; `tweets: 'quote'` for the preview. Rejects with a message the user can read. */
export type WriteupSource = (sessionId: string, tweets?: 'quote') => Promise<{ markdown: string; fileName: string }>;

/** Clipboard API first; the older execCommand path for pages where the API is refused (no focus, Firefox sidebar). */
async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch (error) {
    const area = document.body.appendChild(document.createElement('textarea'));
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'clipboard-copy';
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    if (!copied) throw error;
  }
}

interface Props {
  contents: SessionContents;
  writeup: WriteupSource;
  /** Calls back when the export settings change (the preview follows); returns the unsubscribe function. */
  onSettingsChanged?: (callback: () => void) => () => void;
}

export function ExportActions({ contents, writeup, onSettingsChanged }: Props) {
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState(false);
  const [texts, setTexts] = useState<WriteupTexts | null>(null);
  const [settingsVersion, setSettingsVersion] = useState(0);
  const sessionId = contents.session.id;

  useEffect(() => onSettingsChanged?.(() => setSettingsVersion((v) => v + 1)), [onSettingsChanged]);

  useEffect(() => {
    if (!preview) return undefined;
    let live = true;
    Promise.all([writeup(sessionId), writeup(sessionId, 'quote')]).then(
      ([exact, quoted]) => {
        if (live) setTexts({ markdown: exact.markdown, previewMarkdown: quoted.markdown });
      },
      (e) => {
        if (live) setError(`The preview failed: ${errorText(e)}`);
      },
    );
    return () => {
      live = false;
    };
  }, [preview, sessionId, contents, settingsVersion, writeup]);

  const act = async (what: 'download' | 'copy') => {
    setError('');
    setStatus(what === 'download' ? 'Exporting…' : 'Copying…');
    setBusy(true);
    try {
      const { markdown, fileName } = await writeup(sessionId);
      if (what === 'download') {
        downloadText(fileName, markdown, 'text/markdown;charset=utf-8');
        setStatus(`Exported ${fileName}.`);
      } else {
        await copyText(markdown);
        setStatus('Copied the Markdown to the clipboard.');
      }
    } catch (e) {
      setStatus('');
      setError(`${what === 'download' ? 'Export' : 'Copying'} failed: ${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="export-actions" aria-label="Export">
      <div class="row">
        <button type="button" class="primary" disabled={busy} onClick={() => void act('download')}>
          Export Markdown
        </button>
        <button type="button" disabled={busy} onClick={() => void act('copy')}>
          Copy Markdown
        </button>
        <button type="button" aria-expanded={preview} onClick={() => setPreview(!preview)}>
          {preview ? 'Hide preview' : 'Show preview'}
        </button>
      </div>
      <StatusLines status={status} error={error} />
      {preview &&
        (texts ? <ExportPreview heading="Preview" {...texts} /> : <p class="status">Rendering the preview…</p>)}
    </section>
  );
}
