/**
 * "Enable clipping on mastodon.social": shown when the popup is opened on a Mastodon instance's web interface that
 * clipping is not enabled on. The click asks the browser for that one origin's host permission (it must be asked in
 * the click) and the background registers the instance's content script once it is granted.
 */
import { useEffect, useState } from 'preact/hooks';
import { hostOf, originPattern } from '../src/capture/mastodon/instance';
import type { Ask } from '../src/ui/page-deps';
import { errorText } from '../src/ui/page-deps';

type Found = { origin: string; enabled: boolean } | null;

export function MastodonEnable({ ask, requestHost }: { ask: Ask; requestHost?: (origin: string) => Promise<boolean> }) {
  const [found, setFound] = useState<Found>(null);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');

  useEffect(() => {
    let live = true;
    ask('mastodon/detect', {}).then(
      (answer) => live && setFound(answer),
      // No answer: the popup offers nothing for the page, as on any page that is not Mastodon.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [ask]);

  if (!found) return null;
  const host = hostOf(found.origin);
  if (found.enabled) {
    return (
      <p class="mastodon-enable hint" role="status">
        {status || `Clipping is on for ${host}.`}
      </p>
    );
  }

  const enable = () => {
    setProblem('');
    // Asked first, inside the click; the background finishes the enabling if this popup closes before the answer.
    const asking = requestHost ? requestHost(originPattern(found.origin)) : Promise.resolve(false);
    void ask('mastodon/enable', { origin: found.origin }).catch(() => undefined); // answered again below
    void asking
      .then(async (allowed) => {
        if (!allowed) return setProblem(`Confnotes was not allowed on ${host}: clipping stays off there.`);
        const answer = await ask('mastodon/enable', { origin: found.origin });
        if ('error' in answer) return setProblem(answer.error);
        setStatus(`Clipping enabled on ${host}: each post has a "Clip to session" button.`);
        setFound({ origin: found.origin, enabled: true });
      })
      .catch((error: unknown) => setProblem(`Clipping was not enabled: ${errorText(error)}`));
  };

  return (
    <div class="mastodon-enable">
      <button type="button" onClick={enable}>
        Enable clipping on {host}
      </button>
      {problem && <p role="alert">{problem}</p>}
    </div>
  );
}
