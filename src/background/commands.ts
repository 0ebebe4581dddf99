/**
 * The `add-note` keyboard command: the moment is frozen at the key press (not when the popup has opened and the
 * user starts typing), then quick capture opens: the action's popup where the browser lets us open it, otherwise
 * the popup page in a small window. The popup collects the frozen moment with `capture/frozen`, once.
 */
import browser from 'webextension-polyfill';
import type { FrozenMoment } from '../model/context';
import { freezeMoment } from './context-handlers';

/** A moment older than this was not collected by a popup: the next note is not about it. */
const FRESH_FOR_MS = 5 * 60_000;
const KEY = 'frozenMoment';

let pending: Promise<FrozenMoment> | null = null;

async function freezeAndKeep(): Promise<FrozenMoment> {
  const frozen = await freezeMoment(true);
  await browser.storage.session.set({ [KEY]: { frozen, at: Date.now() } }).catch(() => undefined);
  return frozen;
}

async function openQuickCapture(): Promise<void> {
  try {
    await browser.action.openPopup();
  } catch {
    // No popup to open (older browsers, no focused window): the same page in a small window instead.
    await browser.windows.create({
      url: browser.runtime.getURL('popup/index.html'), type: 'popup', width: 400, height: 460, focused: true,
    });
  }
}

/** The moment the command froze, once: a second popup does not reuse it. */
export async function takeFrozen(): Promise<FrozenMoment | null> {
  if (pending) await pending.catch(() => undefined);
  pending = null;
  const stored = await browser.storage.session.get(KEY).catch(() => ({} as Record<string, unknown>));
  await browser.storage.session.remove(KEY).catch(() => undefined);
  const kept = stored[KEY] as { frozen?: FrozenMoment; at?: unknown } | undefined;
  if (!kept?.frozen || typeof kept.at !== 'number' || Date.now() - kept.at > FRESH_FOR_MS) return null;
  return kept.frozen;
}

/** Registered synchronously at start, so the command that woke the service worker is not missed. */
export function listenForCommands(): void {
  browser.commands.onCommand.addListener((command) => {
    if (command !== 'add-note') return;
    pending = freezeAndKeep();
    // Opened in the same turn as the key press: browsers only let a popup open while handling the gesture.
    void openQuickCapture();
  });
}
