/**
 * What the post sites' clip buttons share (X, Bluesky, Mastodon): which posts are known to be clipped into the
 * current session (this page's lifetime, never shown to the page), our buttons and their posts (held here rather
 * than read back from attributes a page could change), and the clip itself, from "Clipping…" to "Clipped" or to
 * where the post went with a comment offered.
 */
import type { FiledNote } from '../messages';
import { setButton, type ButtonKind } from './clip-button';
import { offerComment } from './clip-comment';

type ClipAnswer = (FiledNote & { duplicate: boolean }) | { error: string };

const clipped = new Set<string>();
const clipButtons = new Map<Element, string>();
/** The buttons the user clipped with: they say where the post went, which "Clipped" must not overwrite. */
const filedFrom = new WeakSet<Element>();

/** A new button of the post `key`, shown "Clipped" if it is. */
export function trackButton(host: Element, key: string): void {
  if (clipped.has(key)) setButton(host, 'Clipped', 'done');
  clipButtons.set(host, key);
}

export function markClipped(keys: string[]): void {
  for (const key of keys) clipped.add(key);
  for (const [host, key] of clipButtons) {
    if (!host.isConnected) clipButtons.delete(host);
    else if (clipped.has(key) && !filedFrom.has(host)) setButton(host, 'Clipped', 'done');
  }
}

/**
 * Clips `items` (the post the button is on, or a thread's) through `send`, the site's message with their markup (the
 * background parses it). A clipped post's button then says where it went and offers a comment.
 */
export async function clipWith(
  host: Element,
  kind: ButtonKind,
  key: string,
  signal: AbortSignal,
  items: Element[],
  send: (items: Element[]) => Promise<ClipAnswer>,
): Promise<void> {
  setButton(host, 'Clipping…', 'busy');
  if (items.length === 0) return setButton(host, 'Could not read post', 'error');
  let result: ClipAnswer;
  try {
    // Retried once if the background's worker died under it; "Clipped" only once the note is stored.
    result = await send(items);
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
