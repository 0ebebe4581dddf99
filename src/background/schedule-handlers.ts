/**
 * Fetching a schedule address the user pasted. The page asked for the host permission of that one origin in the
 * user's click (permissions.request needs that click); here the address is checked again and fetched only when the
 * permission is there, with no cookies, bounded in time and size. The text goes back to the page, which sends it
 * for preview and import like a file's: a service worker stopped between the two loses nothing.
 */
import browser from 'webextension-polyfill';
import { scheduleAddress } from '../schedule/schedule-address';
import type { Handlers } from './handlers';

/** Larger than any conference's schedule (a big event's schedule.json is a few megabytes). */
const MAX_CHARS = 20_000_000;
const TIMEOUT_MS = 30_000;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function fetchSchedule(pasted: string): Promise<{ text: string } | { error: string }> {
  let address;
  try {
    address = scheduleAddress(String(pasted));
  } catch (error) {
    return { error: message(error) };
  }
  const host = new URL(address.url).host;
  if (!(await browser.permissions.contains({ origins: [address.origin] }))) {
    return { error: `Confnotes may not read ${host}: allow it when the browser asks, or import the file instead.` };
  }
  try {
    const response = await fetch(address.url, {
      credentials: 'omit',
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: { Accept: 'application/json, text/calendar, application/xml, text/xml, */*' },
    });
    if (!response.ok) return { error: `${host} answered ${response.status} ${response.statusText}`.trim() + '.' };
    if (Number(response.headers.get('content-length')) > MAX_CHARS) return { error: 'The schedule is too large.' };
    const text = await response.text();
    if (text.length > MAX_CHARS) return { error: 'The schedule is too large.' };
    return { text };
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return {
      error: timedOut
        ? `${host} did not answer within ${TIMEOUT_MS / 1000} s: import the file instead.`
        : `Could not fetch the schedule from ${host} (${message(error)}): import the file instead.`,
    };
  }
}

export const scheduleHandlers: Handlers<'schedule/fetch'> = {
  'schedule/fetch': ({ url }) => fetchSchedule(url),
};
