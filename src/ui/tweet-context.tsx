/**
 * The popup on a tweet's status page: the tweet the context tab shows, a comment box and "Clip tweet", which
 * clips it with the comment in one step (to the same place the page's button would). Nothing is shown on other
 * pages. The comment stays in the box when clipping fails.
 */
import { useEffect, useState } from 'preact/hooks';
import type { BackgroundRequests } from '../messages';
import type { Tweet } from '../model/types';
import { TweetCard } from './tweet-card';

type Ask = <T extends keyof BackgroundRequests>(type: T, payload: BackgroundRequests[T][0]) => Promise<BackgroundRequests[T][1]>;

export function TweetContext({ ask }: { ask: Ask }) {
  const [tweet, setTweet] = useState<Tweet | null>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  useEffect(() => {
    ask('context/get', {}).then((context) => setTweet(context?.site === 'x' ? context.tweet ?? null : null), () => setTweet(null));
  }, [ask]);

  if (!tweet) return null;

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError('');
    setStatus('');
    try {
      const result = await ask('tweet/clip', { tweet, comment });
      if ('error' in result) setError(result.error);
      else if (result.duplicate) setStatus('Already clipped into this session: kept once, this comment was not added.');
      else {
        setStatus('Clipped into the session.');
        setComment('');
      }
    } catch (failure) {
      setError(`The tweet was not clipped: ${failure instanceof Error ? failure.message : String(failure)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="tweet-context" aria-labelledby="tweet-context-title" style={{ display: 'grid', gap: '6px', marginBlock: '8px' }}>
      <h2 id="tweet-context-title">This tweet</h2>
      <TweetCard tweet={tweet} />
      <form onSubmit={onSubmit} style={{ display: 'grid', gap: '4px' }}>
        <label for="tweet-comment">Comment</label>
        <textarea id="tweet-comment" rows={2} value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
        <div class="row">
          <button type="submit" class="primary" disabled={busy}>{tweet.thread ? 'Clip thread' : 'Clip tweet'}</button>
        </div>
      </form>
      <p role="alert" style={{ color: 'var(--danger)' }}>{error}</p>
      <p role="status">{status}</p>
    </section>
  );
}
