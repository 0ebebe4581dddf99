/**
 * "Add the playlist's talks": shown while the context tab is a YouTube playlist, or a talk watched inside one.
 * The background reads the playlist from the page and makes a section per talk, in playlist order; talks that
 * have a section keep it. The answer is said in words.
 */
import { useState } from 'preact/hooks';
import type { PageContext } from '../src/model/context';
import type { Ask } from '../src/ui/page-deps';

export function showsPlaylist(context: PageContext | null | undefined): boolean {
  return context?.site === 'youtube' && /[?&]list=[\w-]{2,64}(&|$)/.test(context.url);
}

function words({ added, skipped, title }: { added: number; skipped: number; title: string }): string {
  const talks = (n: number) => `${n} ${n === 1 ? 'talk' : 'talks'}`;
  const had = skipped > 0 ? ` (${talks(skipped)} already had a section)` : '';
  return `Added ${talks(added)} of ${title || 'the playlist'}${had}.`;
}

export function PlaylistButton({ context, ask }: { context: PageContext | null | undefined; ask: Ask }) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  if (!showsPlaylist(context)) return null;
  const add = async () => {
    setBusy(true);
    setStatus('');
    const answer = await ask('playlist/add', {}).catch((error: unknown) => ({ error: String(error) }));
    setBusy(false);
    setStatus('error' in answer ? answer.error : words(answer.value));
  };
  return (
    <div class="playlist-add row">
      <button type="button" disabled={busy} onClick={() => void add()}>
        Add the playlist's talks
      </button>
      <p class="status" role="status">
        {status}
      </p>
    </div>
  );
}
