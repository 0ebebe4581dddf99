/**
 * The `add-note` keyboard command: the moment is frozen at the key press (not when the popup has opened and the
 * user starts typing), then quick capture opens: the action's popup where the browser lets us open it, otherwise
 * the popup page in a small window. The popup collects the frozen moment with `capture/frozen`, once.
 */
import browser from 'webextension-polyfill';
import type { FrozenMoment } from '../model/context';
import { logged } from '../log';
import { readSessionValue, removeSessionValue, writeSessionValue } from './session-values';
import { freezeMoment } from './context-handlers';
import { takeSnapshot } from './snapshot-handlers';

/** A moment older than this was not collected by a popup: the next note is not about it. */
const FRESH_FOR_MS = 5 * 60_000;
const KEY = 'frozenMoment';

let pending: Promise<FrozenMoment> | null = null;

async function freezeAndKeep(): Promise<FrozenMoment> {
  const frozen = await freezeMoment(true);
  // Kept only so that a restarted worker still hands it over: without it the popup freezes a fresh moment.
  await writeSessionValue(KEY, { frozen, at: Date.now() });
  return frozen;
}

async function openQuickCapture(): Promise<void> {
  try {
    await browser.action.openPopup();
  } catch {
    // No popup to open (older browsers, no focused window): the same page in a small window instead.
    await browser.windows.create({
      url: browser.runtime.getURL('popup/index.html'),
      type: 'popup',
      width: 400,
      height: 460,
      focused: true,
    });
  }
}

/** The moment the command froze, once: a second popup does not reuse it. */
export async function takeFrozen(): Promise<FrozenMoment | null> {
  // A freeze that failed leaves nothing to take (the popup freezes a fresh moment); it is logged.
  if (pending) await pending.catch(logged('freezing the moment for quick capture'));
  pending = null;
  const stored = await readSessionValue(KEY);
  await removeSessionValue(KEY);
  const kept = stored as { frozen?: FrozenMoment; at?: unknown } | undefined;
  if (!kept?.frozen || typeof kept.at !== 'number' || Date.now() - kept.at > FRESH_FOR_MS) return null;
  return kept.frozen;
}

/** Registered synchronously at start, so the command that woke the service worker is not missed. */
export function listenForCommands(): void {
  browser.commands.onCommand.addListener((command) => {
    if (command === 'snapshot') {
      // The note appears in every open page from its announcement; a refusal (no video, an ad) is only logged,
      // as a key press has no page to say it in, and the button says it where there is one.
      void takeSnapshot('').catch(logged('taking a snapshot from the keyboard'));
      return;
    }
    if (command !== 'add-note') return;
    pending = freezeAndKeep();
    // Opened in the same turn as the key press: browsers only let a popup open while handling the gesture.
    void openQuickCapture();
  });
}
