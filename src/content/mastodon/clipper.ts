/**
 * The clip buttons of one Mastodon page: added to each post's action bar, "Clip thread" on a status page whose post
 * continues as a self-thread, and the "Clipped" state on every copy of a clipped post (a boost repeats a post).
 * The buttons themselves, their comment field and their rules (closed shadow root, trusted input only) are the X
 * script's (src/content/x/clip-button.ts, clip-comment.ts).
 */
import { statusIdOf } from '../../capture/mastodon/permalink';
import { POST } from '../../capture/mastodon/selectors';
import { askBackground } from '../runtime';
import { createButton, isOurButton, type ButtonKind } from '../clip-button';
import { clipWith, markClipped, trackButton } from '../clip-state';
import { captureOf, linkOf, pagePosts } from './page-capture';

/** The post's own action bar: inside a status; beside a status page's post, in the wrapper they share. */
const actionBar = (post: Element) =>
  post.querySelector(':scope > .status__action-bar') ??
  post.parentElement?.closest('.detailed-status__wrapper')?.querySelector('.detailed-status__action-bar') ??
  null;

export { markClipped } from '../clip-state';

/** Sends the posts' markup (the background parses it); `id` is the post the button is on. */
function clip(host: Element, post: Element, kind: ButtonKind, id: string, signal: AbortSignal) {
  const items = kind === 'thread' ? pagePosts(true) : [post];
  return clipWith(host, kind, id, signal, items, (i) =>
    askBackground('mastodon/clip-page', { capture: captureOf(i), comment: '' }),
  );
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
    trackButton(host, id);
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
