/**
 * "Mastodon instances": where clipping is enabled (each one enabled from the popup on that instance's page), each
 * with "Remove", which stops the clip buttons there and gives the instance's host permission back.
 */
import { useEffect, useState } from 'preact/hooks';
import { hostOf } from '../src/capture/mastodon/instance';
import { errorText, type Ask } from '../src/ui/page-deps';

export function MastodonInstances({ ask }: { ask: Ask }) {
  const [origins, setOrigins] = useState<string[] | null>(null);
  const [status, setStatus] = useState('');

  const load = () =>
    ask('mastodon/instances', {}).then(
      (answer) => setOrigins(answer.origins),
      (error: unknown) => setStatus(`The instances could not be listed: ${errorText(error)}`),
    );
  useEffect(() => void load(), [ask]);

  const remove = async (origin: string) => {
    const answer = await ask('mastodon/remove', { origin }).catch((error: unknown) => ({ error: errorText(error) }));
    setStatus('error' in answer ? answer.error : `Clipping removed from ${hostOf(origin)}.`);
    await load();
  };

  return (
    <section aria-labelledby="mastodon-heading">
      <h2 id="mastodon-heading">Mastodon instances</h2>
      <p class="hint">
        Clipping runs only on the instances you enable: open the popup on an instance&apos;s page and choose
        &ldquo;Enable clipping on&rdquo; it.
      </p>
      {origins?.length === 0 && <p>No instance is enabled.</p>}
      {origins && origins.length > 0 && (
        <ul aria-label="Enabled instances">
          {origins.map((origin) => (
            <li key={origin}>
              {hostOf(origin)}{' '}
              <button type="button" aria-label={`Remove ${hostOf(origin)}`} onClick={() => void remove(origin)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
