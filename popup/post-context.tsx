/**
 * The popup on a post's page (an X status, a Bluesky post, a status of an enabled Mastodon instance): the post the context tab shows, a comment box and
 * "Clip tweet" / "Clip post" ("Clip thread" when its author's thread follows it), which clips it with the comment
 * in one step (to the same place the page's button would). Nothing is shown on other pages. The comment stays in
 * the box when clipping fails.
 */
import { useState } from 'preact/hooks';
import type { PageContext } from '../src/model/context';
import type { Ask } from '../src/ui/page-deps';
import { PostCard } from '../src/ui/post-card';
import './post-context.css';

/** `context`: the context tab as the background announced it. */
export function PostContext({ ask, context }: { ask: Ask; context: PageContext | null | undefined }) {
  // The background reads a post only on a post's page of X, Bluesky or an enabled Mastodon instance.
  const post = context?.post ?? null;
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  if (!post) return null;
  const noun = post.network === 'x' ? 'tweet' : 'post';

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError('');
    setStatus('');
    try {
      const result = await ask('post/clip', { post, comment });
      if ('error' in result) setError(result.error);
      else if (result.duplicate) setStatus('Already clipped into this session: kept once, this comment was not added.');
      else {
        setStatus(`Clipped to ${result.sectionTitle}.`);
        setComment('');
      }
    } catch (failure) {
      setError(`The ${noun} was not clipped: ${failure instanceof Error ? failure.message : String(failure)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="post-context" aria-labelledby="post-context-title">
      <h2 id="post-context-title">This {noun}</h2>
      <PostCard post={post} />
      <form onSubmit={(e) => void onSubmit(e)}>
        <label for="post-comment">Comment</label>
        <textarea id="post-comment" rows={2} value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
        <div class="row">
          <button type="submit" class="primary" disabled={busy}>
            {post.thread ? 'Clip thread' : `Clip ${noun}`}
          </button>
        </div>
      </form>
      <p role="alert">{error}</p>
      <p role="status">{status}</p>
    </section>
  );
}
