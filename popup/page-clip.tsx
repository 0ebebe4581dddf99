/**
 * "Clip page to session": the page the popup was opened on (its title and address), with an optional comment,
 * filed where a note would go. The answer says where it went.
 */
import { useState } from 'preact/hooks';
import type { Ask } from '../src/ui/page-deps';

export function PageClip({ ask }: { ask: Ask }) {
  const [comment, setComment] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const clip = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setStatus('');
    const answer = await ask('page/clip', { comment }).catch((error: unknown) => ({ error: String(error) }));
    setBusy(false);
    if ('error' in answer) return setStatus(answer.error);
    setComment('');
    setStatus(`Clipped to ${answer.value.sectionTitle}.`);
  };
  return (
    <form class="page-clip" aria-label="Clip this page" onSubmit={(e) => void clip(e)}>
      <label for="page-clip-comment">
        Comment on this page <span class="hint">(optional)</span>
      </label>
      <input id="page-clip-comment" value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
      <button type="submit" disabled={busy}>
        Clip page to session
      </button>
      <p class="status" role="status">
        {status}
      </p>
    </form>
  );
}
