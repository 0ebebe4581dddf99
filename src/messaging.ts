/** Typed senders over webextension-polyfill: the only places that call runtime/tabs.sendMessage. */
import browser from 'webextension-polyfill';
import { deliver, IDEMPOTENT_REQUESTS, NO_ANSWER_TEXT, NoAnswerError } from './delivery';
import type { BackgroundRequests, Broadcast, ContentRequests, ImporterPort, RequestOf, ResponseOf } from './messages';
import { IMPORT_PORT, type FromImporter } from './messages';

export function askBackground<T extends keyof BackgroundRequests>(
  type: T,
  payload: BackgroundRequests[T][0],
): Promise<ResponseOf<BackgroundRequests, T>> {
  const message = { ...payload, type } as RequestOf<BackgroundRequests, T>;
  const send = () => browser.runtime.sendMessage<typeof message, ResponseOf<BackgroundRequests, T>>(message);
  // Survives the background's worker dying once; never resolves as done when it was not (src/delivery.ts).
  return deliver(send, { idempotent: IDEMPOTENT_REQUESTS.has(type) }).catch((error: unknown) => {
    throw error instanceof NoAnswerError ? new Error(NO_ANSWER_TEXT[error.reason]) : error;
  });
}

export function askTab<T extends keyof ContentRequests>(
  tabId: number,
  type: T,
  payload: ContentRequests[T][0],
): Promise<ResponseOf<ContentRequests, T>> {
  const message = { ...payload, type } as RequestOf<ContentRequests, T>;
  return browser.tabs.sendMessage<typeof message, ResponseOf<ContentRequests, T>>(tabId, message);
}

/** Tell every open extension page; no page open is not an error. */
export function broadcast(notice: Broadcast): void {
  // Rejected when no extension page is open to receive it, which is not an error.
  browser.runtime.sendMessage(notice).catch(() => undefined);
}

/** Opens a backup import's port to the background (see IMPORT_PORT). */
export function connectImporter(): ImporterPort {
  const port = browser.runtime.connect({ name: IMPORT_PORT });
  return {
    post: (message) => port.postMessage(message),
    onMessage: (listener) => port.onMessage.addListener((message: unknown) => listener(message as FromImporter)),
    onEnd: (listener) => port.onDisconnect.addListener(() => listener()),
    close: () => port.disconnect(),
  };
}
