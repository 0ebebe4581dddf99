/** The shape of background request handlers: one typed function per request type. */
import type { Runtime } from 'webextension-polyfill';
import type { BackgroundRequests, RequestOf, ResponseOf } from '../messages';

export type Handler<T extends keyof BackgroundRequests> = (
  request: RequestOf<BackgroundRequests, T>,
  sender: Runtime.MessageSender,
) => Promise<ResponseOf<BackgroundRequests, T>>;

export type Handlers<T extends keyof BackgroundRequests> = { [K in T]: Handler<K> };
