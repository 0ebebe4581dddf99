/**
 * Routes background requests to their feature's handler. Only messages from this extension are answered:
 * its own pages, or its content scripts (which carry our id too); anything else, or any unknown shape, is ignored.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { isBackgroundRequest, type BackgroundRequest, type BackgroundRequests } from '../messages';
import type { Handler, Handlers } from './handlers';

export function isFromThisExtension(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

export function startRouter(handlers: Handlers<keyof BackgroundRequests>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isFromThisExtension(sender) || !isBackgroundRequest(message)) return undefined;
    const handler = handlers[message.type] as Handler<BackgroundRequest['type']>;
    return handler(message as never, sender);
  });
}
