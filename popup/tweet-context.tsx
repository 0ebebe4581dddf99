/**
 * The popup on a tweet's status page: the tweet the context tab shows, a comment box and "Clip tweet", which
 * clips it with the comment in one step (to the same place the page's button would). Nothing is shown on other
 * pages. The comment stays in the box when clipping fails.
 */
import { useState } from 'preact/hooks';
import type { PageContext } from '../src/model/context';
import type { Ask } from '../src/ui/page-deps';
import { PostCard } from '../src/ui/post-card';
import './tweet-context.css';

/** `context`: the context tab as the background announced it. */
export function TweetContext({ ask, context }: { ask: Ask; context: PageContext | null | undefined }) {
  const tweet = context?.site === 'x' ? (context.tweet ?? null) : null;
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

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
        setStatus(`Clipped to ${result.sectionTitle}.`);
        setComment('');
      }
    } catch (failure) {
      setError(`The tweet was not clipped: ${failure instanceof Error ? failure.message : String(failure)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="tweet-context" aria-labelledby="tweet-context-title">
      <h2 id="tweet-context-title">This tweet</h2>
      <PostCard post={tweet} />
      <form onSubmit={(e) => void onSubmit(e)}>
        <label for="tweet-comment">Comment</label>
        <textarea id="tweet-comment" rows={2} value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
        <div class="row">
          <button type="submit" class="primary" disabled={busy}>
            {tweet.thread ? 'Clip thread' : 'Clip tweet'}
          </button>
        </div>
      </form>
      <p role="alert">{error}</p>
      <p role="status">{status}</p>
    </section>
  );
}
