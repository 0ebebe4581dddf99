/**
 * Opening a search result in the panel: its session shown (chosen, as picking it in the session list does), the
 * note read if it is older than the loaded window of its section, then scrolled to the middle of the view,
 * focused and highlighted for a moment.
 */
import type { OpenTarget } from '../src/ui/search-results';
import { EARLIER_STEP } from '../src/ui/note-window';

export interface ResultOpener {
  shownSessionId: () => string | null;
  isLoaded: (sectionId: string, noteId: string) => boolean;
  earlier: (sectionId: string) => number;
  chooseSession: (sessionId: string) => Promise<unknown>;
  /** Reads more of a section's earlier notes; resolves to null when that failed (the error is shown). */
  showEarlier: (sectionId: string, count: number) => Promise<unknown>;
}

const HIGHLIGHT_MS = 2500;
/** Frames to wait for the session or the item to be shown before giving up (a note deleted meanwhile never is). */
const FRAMES = 120;

export async function openResult(target: OpenTarget, opener: ResultOpener): Promise<boolean> {
  if (opener.shownSessionId() !== target.sessionId) await opener.chooseSession(target.sessionId);
  // The choice is announced before the session is read and shown.
  if (!(await within(() => opener.shownSessionId() === target.sessionId))) return false;
  const { noteId, sectionId } = target;
  // Older notes are read in large steps until the note is among them (or the section has no more).
  while (noteId && !opener.isLoaded(sectionId, noteId) && opener.earlier(sectionId) > 0) {
    if ((await opener.showEarlier(sectionId, EARLIER_STEP * 4)) === null) return false;
  }
  const id = noteId ? `note-${noteId}` : `section-${sectionId}`;
  if (!(await within(() => document.getElementById(id) !== null))) return false;
  const item = document.getElementById(id)!;
  const focusable = noteId ? item : (item.closest('section') ?? item);
  focusable.scrollIntoView?.({ block: 'center' });
  if (!focusable.hasAttribute('tabindex')) focusable.setAttribute('tabindex', '-1');
  focusable.focus({ preventScroll: true });
  focusable.classList.add('note-found');
  setTimeout(() => focusable.classList.remove('note-found'), HIGHLIGHT_MS);
  return true;
}

/** Whether `done` comes true within a bounded number of frames. */
async function within(done: () => boolean): Promise<boolean> {
  for (let frame = 0; frame < FRAMES; frame++) {
    if (done()) return true;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return done();
}
