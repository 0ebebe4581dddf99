/**
 * Values the background keeps in `storage.session` so that a restarted service worker still knows them. Each
 * is a convenience: when the storage fails, the failure is logged and the caller carries on without it.
 */
import browser from 'webextension-polyfill';
import { logged } from '../log';

/** The value kept under `key`; undefined when none is, or the storage could not be read. */
export async function readSessionValue(key: string): Promise<unknown> {
  const stored = await browser.storage.session.get(key).catch(logged(`reading ${key} from storage.session`));
  return stored?.[key];
}

export async function writeSessionValue(key: string, value: unknown): Promise<void> {
  await browser.storage.session.set({ [key]: value }).catch(logged(`keeping ${key} in storage.session`));
}

export async function removeSessionValue(key: string): Promise<void> {
  await browser.storage.session.remove(key).catch(logged(`clearing ${key} from storage.session`));
}
