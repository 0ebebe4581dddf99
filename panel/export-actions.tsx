/**
 * The side panel's export tools for the open session: "Export Markdown" downloads `<slug-of-the-title>.md` (a
 * session with snapshots: `<slug>.zip`, the Markdown and its images; "Export Markdown only" then gives the .md alone),
 * "Copy Markdown" puts the same text on the clipboard, "Show preview" renders it. The text comes from the one
 * renderer, run by the background with the settings saved on the options page, so it is byte for byte what the
 * CLI gives for the same session's backup. Rendered at the click, not on every change of the session.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SessionContents } from '../src/store/api';
import { StatusLines } from '../src/ui/alerts';
import { downloadBlob, downloadText } from '../src/ui/download';
import type { WriteupAnswer } from '../src/messages';
import { zipWriteup, type WriteupFile } from '../src/export/zip';
import { ExportPreview, type WriteupTexts } from '../src/ui/export-preview';
import { errorText } from '../src/ui/page-deps';
import './export-actions.css';

/**
 * The writeup of a session; `tweets: 'quote'` for the preview, `files` for the images' places beside it. Rejects
 * with a message the user can read.
 */
export type WriteupSource = (sessionId: string, tweets?: 'quote', files?: boolean) => Promise<WriteupAnswer>;

/** A snapshot's image as the page reads it from the store (a message carries no Blob). */
export type ReadImage = (id: string) => Promise<Blob | undefined>;

async function zipOf(answer: WriteupAnswer, readImage: ReadImage): Promise<{ name: string; zip: Blob }> {
  const images: WriteupFile[] = await Promise.all(
    (answer.images ?? []).map(async ({ id, path }) => {
      const blob = await readImage(id);
      if (!blob) throw new Error(`the image ${path} is no longer stored`);
      return { path, bytes: new Uint8Array(await blob.arrayBuffer()) };
    }),
  );
  const zip = zipWriteup(answer.fileName, answer.markdown, images);
  return {
    name: answer.fileName.replace(/\.md$/, '.zip'),
    zip: new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
  };
}

/** "; the 3 snapshots' images are left out" for a Markdown without its images. */
function leftOut(answer: WriteupAnswer): string {
  const n = answer.snapshots ?? 0;
  if (n === 0) return '';
  return n === 1 ? " The snapshot's image is left out." : ` The ${n} snapshots' images are left out.`;
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
  /** Absent: the export is the Markdown alone. */
  readImage?: ReadImage;
}

const hasSnapshots = (contents: SessionContents) =>
  [...contents.notesBySection.values()].some((notes) => notes.some((n) => n.kind === 'text' && n.image));

export function ExportActions({ contents, writeup, onSettingsChanged, readImage }: Props) {
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

  const act = async (what: 'download' | 'markdown' | 'copy') => {
    setError('');
    setStatus(what === 'copy' ? 'Copying…' : 'Exporting…');
    setBusy(true);
    try {
      const answer = await writeup(sessionId, undefined, what === 'download' && readImage !== undefined);
      const { markdown, fileName } = answer;
      if (what === 'download' && answer.images?.length && readImage) {
        const { name, zip } = await zipOf(answer, readImage);
        downloadBlob(name, zip);
        const n = answer.images.length;
        setStatus(`Exported ${name}: the Markdown and ${n === 1 ? 'its image' : `its ${n} images`}.`);
      } else if (what !== 'copy') {
        downloadText(fileName, markdown, 'text/markdown;charset=utf-8');
        setStatus(`Exported ${fileName}.${leftOut(answer)}`);
      } else {
        await copyText(markdown);
        setStatus(`Copied the Markdown to the clipboard.${leftOut(answer)}`);
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
        {readImage && hasSnapshots(contents) && (
          <button type="button" disabled={busy} onClick={() => void act('markdown')}>
            Export Markdown only
          </button>
        )}
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
