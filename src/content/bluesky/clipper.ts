/**
 * The clip buttons of one bsky.app page: one in each post's controls row, "Clip thread" on a post page whose post
 * continues as a thread by its author, and "Clipped" on every copy of a clipped post (a repost shows it again).
 * Bluesky has no promoted posts: every post of a feed or thread gets a button.
 */
import { askBackground } from '../runtime';
import { createButton, isOurButton, type ButtonKind } from '../clip-button';
import { clipWith, markClipped, trackButton } from '../clip-state';
import { captureOf, keyOf, pageItems, pageRkey } from './page-capture';

/** The post's controls row (reply, repost, like, menu): the menu button's grandparent. */
const controlsOf = (item: Element): Element | null =>
  item.querySelector('[data-testid="postDropdownBtn"]')?.parentElement?.parentElement ?? null;

export { markClipped } from '../clip-state';

/** Sends the posts' markup (the background parses it); `key` is the post the button is on. */
function clip(host: Element, item: Element, kind: ButtonKind, key: string, signal: AbortSignal) {
  const items = kind === 'thread' ? pageItems(true) : [item];
  return clipWith(host, kind, key, signal, items, (i) =>
    askBackground('bluesky/clip-page', { capture: captureOf(i), comment: '' }),
  );
}

/** Adds our buttons to these posts (those without one yet) and asks which of them are already clipped. */
export function addButtons(items: Element[], signal: AbortSignal, onError: (error: unknown) => void): void {
  const fresh: string[] = [];
  for (const item of items) {
    if ([...item.querySelectorAll('[data-confnotes="clip"]')].some(isOurButton)) continue;
    const key = keyOf(item);
    const row = controlsOf(item);
    if (!key || !row) continue;
    const host: Element = createButton(
      'clip',
      key,
      () => void clip(host, item, 'clip', key, signal).catch(onError),
      signal,
    );
    trackButton(host, key);
    row.append(host);
    fresh.push(key);
  }
  addThreadButton(signal, onError);
  if (fresh.length > 0) {
    askBackground('bluesky/clipped', { keys: fresh }).then((r) => markClipped(r.clipped), onError);
  }
}

/** On a post page: "Clip thread" on the page's post once its author's next post follows it. */
function addThreadButton(signal: AbortSignal, onError: (error: unknown) => void): void {
  if (!pageRkey() || [...document.querySelectorAll('[data-confnotes="thread"]')].some(isOurButton)) return;
  const [focal, next] = pageItems(true);
  const row = focal && next ? controlsOf(focal) : null;
  if (!focal || !row) return;
  const key = keyOf(focal);
  const host: Element = createButton(
    'thread',
    key,
    () => void clip(host, focal, 'thread', key, signal).catch(onError),
    signal,
  );
  row.append(host);
}
