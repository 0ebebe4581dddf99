/**
 * The clip buttons of one Mastodon page: added to each post's action bar, "Clip thread" on a status page whose post
 * continues as a self-thread, and the "Clipped" state on every copy of a clipped post (a boost repeats a post).
 * The buttons themselves, their comment field and their rules (closed shadow root, trusted input only) are the X
 * script's (src/content/x/clip-button.ts, clip-comment.ts).
 */
import { statusIdOf } from '../../capture/mastodon/permalink';
import { POST } from '../../capture/mastodon/selectors';
import { askBackground } from '../runtime';
import { createButton, isOurButton, setButton, type ButtonKind } from '../clip-button';
import { offerComment } from '../clip-comment';
import { captureOf, linkOf, pagePosts } from './page-capture';

/** The post's own action bar: inside a status; beside a status page's post, in the wrapper they share. */
const actionBar = (post: Element) =>
  post.querySelector(':scope > .status__action-bar') ??
  post.parentElement?.closest('.detailed-status__wrapper')?.querySelector('.detailed-status__action-bar') ??
  null;

/** Status ids known to be clipped into the current session (this page's lifetime). Never shown to the page. */
const clipped = new Set<string>();
/** Our clip buttons and their posts, held here rather than read back from attributes a page could change. */
const clipButtons = new Map<Element, string>();
/** The buttons the user clipped with: they say where the post went, which "Clipped" must not overwrite. */
const filedFrom = new WeakSet<Element>();

export function markClipped(ids: string[]): void {
  for (const id of ids) clipped.add(id);
  for (const [host, id] of clipButtons) {
    if (!host.isConnected) clipButtons.delete(host);
    else if (clipped.has(id) && !filedFrom.has(host)) setButton(host, 'Clipped', 'done');
  }
}

async function clip(host: Element, post: Element, kind: ButtonKind, id: string, signal: AbortSignal) {
  setButton(host, 'Clipping…', 'busy');
  const posts = kind === 'thread' ? pagePosts(true) : [post];
  if (posts.length === 0) return setButton(host, 'Could not read post', 'error');
  let result: Awaited<ReturnType<typeof askBackground<'mastodon/clip-page'>>>;
  try {
    // Retried once if the background's worker died under it; "Clipped" only once the note is stored.
    result = await askBackground('mastodon/clip-page', { capture: captureOf(posts), comment: '' });
  } catch {
    // Shown to the user on the button: the only failure left after the retry is that the background never answered.
    return setButton(host, 'Clip failed', 'error', 'Confnotes did not answer: try again.');
  }
  if ('error' in result) return setButton(host, 'Clip failed', 'error', result.error);
  markClipped([id]);
  if (kind === 'thread') return setButton(host, result.duplicate ? 'Already clipped' : 'Thread clipped', 'done');
  filedFrom.add(host);
  const { note, sectionTitle } = result;
  offerComment(host, { noteId: note.id, sectionTitle, comment: note.kind === 'post' ? note.comment : '' }, signal);
}

/** Adds our buttons to these posts (those without one yet) and asks which of them are already clipped. */
export function addButtons(posts: Element[], signal: AbortSignal, onError: (error: unknown) => void): void {
  const fresh: string[] = [];
  for (const post of posts) {
    const bar = actionBar(post);
    const id = linkOf(post)?.id;
    if (!id || !bar || [...bar.querySelectorAll('[data-confnotes="clip"]')].some(isOurButton)) continue;
    const host: Element = createButton(
      'clip',
      id,
      () => void clip(host, post, 'clip', id, signal).catch(onError),
      signal,
    );
    if (clipped.has(id)) setButton(host, 'Clipped', 'done');
    clipButtons.set(host, id);
    bar.append(host);
    fresh.push(id);
  }
  addThreadButton(signal, onError);
  if (fresh.length > 0) {
    askBackground('mastodon/clipped', { ids: fresh }).then((r) => markClipped(r.clipped), onError);
  }
}

/** On a status page: "Clip thread" on its post once its author's next post follows it. */
function addThreadButton(signal: AbortSignal, onError: (error: unknown) => void): void {
  const id = statusIdOf(location.href);
  if (!id || [...document.querySelectorAll('[data-confnotes="thread"]')].some(isOurButton)) return;
  const thread = pagePosts(true);
  const focal = thread[0];
  const bar = focal && actionBar(focal);
  if (!bar || thread.length < 2) return;
  const host: Element = createButton(
    'thread',
    id,
    () => void clip(host, focal, 'thread', id, signal).catch(onError),
    signal,
  );
  bar.append(host);
}

/** Every post of the page (the context menu and the popup ask for one). */
export const postAt = (el: Element | null): Element | null => (el?.isConnected ? el.closest(POST) : null);
