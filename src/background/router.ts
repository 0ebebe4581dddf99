/**
 * Routes background requests to their feature's handler. Only messages from this extension are answered: its
 * own pages may ask anything; its content scripts (which carry our id too, but run inside web pages) only the few
 * requests meant for them. Anything else, or any unknown shape, is ignored.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { CONTENT_SCRIPT_REQUESTS, isRequestOf, type BackgroundRequest, type BackgroundRequests } from '../messages';
import type { Handler, Handlers } from './handlers';

/** Whether a request of this type from this sender is to be answered; `ownOrigin` is our pages' URL prefix. */
export function mayAnswer(
  type: keyof BackgroundRequests,
  sender: Pick<Runtime.MessageSender, 'id' | 'url'>,
  ownId: string,
  ownOrigin: string,
): boolean {
  return fromOwnPage(sender, ownId, ownOrigin) || (sender.id === ownId && CONTENT_SCRIPT_REQUESTS.has(type));
}

/** Whether the sender is one of this extension's own pages (not a content script, which carries our id too). */
export function fromOwnPage(sender: Pick<Runtime.MessageSender, 'id' | 'url'>, ownId: string, ownOrigin: string) {
  return sender.id === ownId && typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
}

/**
 * Every request type must have its handler (a missing one is a type error), and the types answered are exactly
 * the handlers' keys: there is no second list to keep in step.
 */
export function startRouter(handlers: Handlers<keyof BackgroundRequests>): void {
  const ownOrigin = browser.runtime.getURL('');
  const types = new Set(Object.keys(handlers) as (keyof BackgroundRequests)[]);
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isRequestOf(message, types) || !mayAnswer(message.type, sender, browser.runtime.id, ownOrigin))
      return undefined;
    const handler = handlers[message.type] as Handler<BackgroundRequest['type']>;
    return handler(message as never, sender);
  });
}
