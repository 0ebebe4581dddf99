/**
 * A search result opened from the popup is shown by the panel: the popup leaves it in `storage.session` and opens
 * the panel, which takes it when it opens, or when it arrives while the panel is already open. A result left
 * there longer than a few seconds (the panel never opened) is dropped rather than shown by surprise later.
 */
import browser, { type Storage } from 'webextension-polyfill';
import { logged } from '../log';

export interface RevealTarget {
  sessionId: string;
  sectionId: string;
  noteId: string | null;
}

const KEY = 'revealAsked';
const FRESH_MS = 15_000;

export async function askToReveal(target: RevealTarget): Promise<void> {
  await browser.storage.session.set({ [KEY]: { target, at: Date.now() } });
}

/** Calls `reveal` with each result the popup hands over; returns the function that stops listening. */
export function onRevealAsked(reveal: (target: RevealTarget) => void): () => void {
  const take = async () => {
    const asked = checked((await browser.storage.session.get(KEY))[KEY]);
    if (!asked) return;
    await browser.storage.session.remove(KEY);
    if (Date.now() - asked.at <= FRESH_MS) reveal(asked.target);
  };
  void take().catch(logged('taking the search result the popup opened'));
  const listener = (changes: Record<string, Storage.StorageChange>, area: string) => {
    if (area === 'session' && changes[KEY]?.newValue !== undefined) {
      void take().catch(logged('taking the search result the popup opened'));
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

function checked(value: unknown): { target: RevealTarget; at: number } | null {
  const v = value as { target?: Partial<RevealTarget>; at?: unknown } | null | undefined;
  const t = v?.target;
  if (typeof v?.at !== 'number' || typeof t?.sessionId !== 'string' || typeof t.sectionId !== 'string') return null;
  const noteId = typeof t.noteId === 'string' ? t.noteId : null;
  return { target: { sessionId: t.sessionId, sectionId: t.sectionId, noteId }, at: v.at };
}
