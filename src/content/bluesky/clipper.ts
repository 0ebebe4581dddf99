/**
 * The clip buttons of one bsky.app page: one in each post's controls row, "Clip thread" on a post page whose post
 * continues as a thread by its author, and "Clipped" on every copy of a clipped post (a repost shows it again).
 * Bluesky has no promoted posts: every post of a feed or thread gets a button.
 */
import { askBackground } from '../runtime';
import { createButton, isOurButton, setButton, type ButtonKind } from '../clip-button';
import { offerComment } from '../clip-comment';
import { captureOf, keyOf, pageItems, pageRkey } from './page-capture';

/** Post keys known to be clipped into the current session (this page's lifetime). Never shown to the page. */
const clipped = new Set<string>();
/** Our clip buttons and their posts' keys, held here rather than read back from attributes a page could change. */
const clipButtons = new Map<Element, string>();
/** The buttons the user clipped with: they say where the post went, which "Clipped" must not overwrite. */
const filedFrom = new WeakSet<Element>();

/** The post's controls row (reply, repost, like, menu): the menu button's grandparent. */
const controlsOf = (item: Element): Element | null =>
  item.querySelector('[data-testid="postDropdownBtn"]')?.parentElement?.parentElement ?? null;

export function markClipped(keys: string[]): void {
  for (const key of keys) clipped.add(key);
  for (const [host, key] of clipButtons) {
    if (!host.isConnected) clipButtons.delete(host);
    else if (clipped.has(key) && !filedFrom.has(host)) setButton(host, 'Clipped', 'done');
  }
}

/** Sends the post's markup (the background parses it); a clipped post's button then says where it went. */
async function clip(host: Element, item: Element, kind: ButtonKind, key: string, signal: AbortSignal) {
  setButton(host, 'Clipping…', 'busy');
  const items = kind === 'thread' ? pageItems(true) : [item];
  if (items.length === 0) return setButton(host, 'Could not read post', 'error');
  let result: Awaited<ReturnType<typeof askBackground<'bluesky/clip-page'>>>;
  try {
    // Retried once if the background's worker died under it; "Clipped" only once the note is stored.
    result = await askBackground('bluesky/clip-page', { capture: captureOf(items), comment: '' });
  } catch {
    // Shown to the user on the button: the only failure left after the retry is that the background never answered.
    return setButton(host, 'Clip failed', 'error', 'Confnotes did not answer: try again.');
  }
  if ('error' in result) return setButton(host, 'Clip failed', 'error', result.error);
  markClipped([key]);
  if (kind === 'thread') return setButton(host, result.duplicate ? 'Already clipped' : 'Thread clipped', 'done');
  filedFrom.add(host);
  const { note, sectionTitle } = result;
  offerComment(host, { noteId: note.id, sectionTitle, comment: note.kind === 'post' ? note.comment : '' }, signal);
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
    if (clipped.has(key)) setButton(host, 'Clipped', 'done');
    clipButtons.set(host, key);
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
