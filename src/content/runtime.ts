/**
 * The extension API for content scripts, without webextension-polyfill (about 10 KB, the whole budget of a
 * content script): Firefox has `browser`, Chrome's MV3 `chrome.runtime.sendMessage` returns promises itself.
 * Only the few calls content scripts make are typed here, over the same message contract as everything else.
 */
import type { Browser } from 'webextension-polyfill';
import { deliver } from '../delivery';
import type { BackgroundRequests, ContentRequests, RequestOf, ResponseOf } from '../messages';

const api =
  (globalThis as unknown as { browser?: Browser; chrome?: Browser }).browser ??
  (globalThis as unknown as { chrome?: Browser }).chrome;

/** False once the extension was reloaded or removed under this page: the script must then stop quietly. */
export function extensionAlive(): boolean {
  try {
    return !!api?.runtime?.id;
  } catch {
    return false; // reading runtime.id throws once the extension context is invalidated: gone
  }
}

/**
 * A request to the background that survives its worker dying once (see src/delivery.ts). A content script may
 * only send requests that can safely run twice (CONTENT_SCRIPT_REQUESTS: the clip, a comment, a read, a notice),
 * so every one may be retried.
 */
export function askBackground<T extends keyof BackgroundRequests>(
  type: T,
  payload: BackgroundRequests[T][0],
): Promise<ResponseOf<BackgroundRequests, T>> {
  if (!extensionAlive()) return Promise.reject(new Error('extension context invalidated'));
  const message = { ...payload, type } as RequestOf<BackgroundRequests, T>;
  const send = () => api!.runtime.sendMessage<typeof message, ResponseOf<BackgroundRequests, T>>(message);
  return deliver(send, { idempotent: true, alive: extensionAlive });
}

/** A content script's answers, one typed function per request it handles: its replies are typed like requests. */
export type ContentAnswers = {
  [T in keyof ContentRequests]?: (request: RequestOf<ContentRequests, T>) => Promise<ResponseOf<ContentRequests, T>>;
};

/**
 * Answers requests from the background with `answers`; a type it has no answer for is left to other scripts
 * sharing the channel. `before` runs ahead of each answer. Removed when `signal` aborts.
 */
export function onRequest(answers: ContentAnswers, signal: AbortSignal, before?: () => void): void {
  if (!extensionAlive()) return;
  const listener = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== api!.runtime.id || typeof message !== 'object' || message === null) return undefined;
    const type = (message as { type?: unknown }).type;
    if (typeof type !== 'string' || !Object.hasOwn(answers, type)) return undefined;
    try {
      before?.();
      const answer = answers[type as keyof ContentRequests] as (request: unknown) => Promise<unknown>;
      return answer(message);
    } catch {
      // Never thrown into the page: the background gets no answer and treats the tab as one without a script.
      return undefined;
    }
  };
  api!.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => api?.runtime?.onMessage.removeListener(listener), { once: true });
}
