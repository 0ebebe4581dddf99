/**
 * Mastodon instances, enabled one origin at a time (src/capture/mastodon/instance.ts has the rules). The user's
 * list lives in storage.local; the content scripts are registered with `scripting.registerContentScripts`, one id
 * per origin, kept across browser sessions; and each time the background starts, or the browser withdraws a
 * permission, the registrations are brought back in step with the list and the permissions still granted.
 */
import browser from 'webextension-polyfill';
import { looksLikeMastodon } from '../capture/mastodon/detect';
import {
  hostOf,
  instanceOrigin,
  MASTODON_SCRIPT,
  originOfScript,
  originPattern,
  planInstances,
  scriptId,
  SCRIPT_PREFIX,
} from '../capture/mastodon/instance';
import { logged } from '../log';
import { setMastodonMenu } from './context-menu';
import type { Handlers } from './handlers';
import { readSessionValue, writeSessionValue } from './session-values';
import { activePage, askQuietly } from './tabs';

const KEY = 'mastodonInstances';

/** The instances the user enabled (their permission is checked where it matters). */
export async function storedInstances(): Promise<string[]> {
  const value = (await browser.storage.local.get(KEY))[KEY];
  return Array.isArray(value) ? value.map((v) => instanceOrigin(String(v))).filter((o): o is string => !!o) : [];
}

const granted = (origin: string) => browser.permissions.contains({ origins: [originPattern(origin)] });

async function ourScripts(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.map((s) => s.id).filter((id) => id.startsWith(SCRIPT_PREFIX));
}

const register = (origins: string[]) =>
  origins.length === 0
    ? Promise.resolve()
    : browser.scripting.registerContentScripts(
        origins.map((origin) => ({
          id: scriptId(origin),
          matches: [originPattern(origin)],
          js: [MASTODON_SCRIPT],
          runAt: 'document_idle' as const,
          persistAcrossSessions: true,
        })),
      );

const unregister = (ids: string[]) =>
  ids.length === 0 ? Promise.resolve() : browser.scripting.unregisterContentScripts({ ids });

/** One change to the registrations at a time: two at once would both register the same id, and one would fail. */
let queue: Promise<unknown> = Promise.resolve();
function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined); // the caller gets the failure; the next in line runs regardless
  return next;
}

/** Registers and unregisters so that the scripts are the enabled instances still granted; returns those. */
const reconcile = (enabled?: string[]) => inTurn(() => bringInStep(enabled));

async function bringInStep(enabled?: string[]): Promise<string[]> {
  const wanted = enabled ?? (await storedInstances());
  const grants = await Promise.all(wanted.map(granted));
  const plan = planInstances(
    wanted,
    await ourScripts(),
    wanted.filter((_, i) => grants[i]),
  );
  await unregister(plan.unregister);
  await register(plan.register);
  if (plan.enabled.length !== wanted.length) await browser.storage.local.set({ [KEY]: plan.enabled });
  await setMastodonMenu(plan.enabled);
  return plan.enabled;
}

/** Runs the script at once in the instance's open tabs (a registered script only reaches pages loaded later). */
async function runInOpenTabs(origin: string): Promise<void> {
  const tabs = await browser.tabs.query({ url: originPattern(origin) });
  await Promise.all(
    tabs.flatMap((tab) =>
      tab.id === undefined
        ? []
        : [
            browser.scripting
              .executeScript({ target: { tabId: tab.id }, files: [MASTODON_SCRIPT] })
              .catch(logged(`starting clipping in a tab of ${hostOf(origin)}`)),
          ],
    ),
  );
}

/**
 * Origins the popup asked the permission for and is waiting on. Firefox closes the popup when its permission prompt
 * opens, so the popup may never hear the answer: the grant (`permissions.onAdded`) finishes the enabling here.
 */
const WANTED = 'mastodonWanted';
const WANTED_FOR_MS = 5 * 60_000;

async function wantedOrigins(): Promise<Record<string, number>> {
  const value = await readSessionValue(WANTED);
  return typeof value === 'object' && value !== null ? (value as Record<string, number>) : {};
}

async function want(origin: string): Promise<void> {
  await writeSessionValue(WANTED, { ...(await wantedOrigins()), [origin]: Date.now() });
}

/** Enables the instances the popup was waiting on whose permission the browser has now granted. */
async function finishWanted(): Promise<void> {
  const wanted = await wantedOrigins();
  const left: Record<string, number> = {};
  for (const [origin, since] of Object.entries(wanted)) {
    if (Date.now() - since > WANTED_FOR_MS) continue;
    if (await granted(origin)) await enable(origin);
    else left[origin] = since;
  }
  await writeSessionValue(WANTED, left);
}

async function enable(origin: string): Promise<{ host: string; waiting?: true }> {
  if (!(await granted(origin))) {
    await want(origin);
    return { host: hostOf(origin), waiting: true };
  }
  await inTurn(async () => {
    const enabled = await storedInstances();
    const next = enabled.includes(origin) ? enabled : [...enabled, origin];
    await browser.storage.local.set({ [KEY]: next });
    await bringInStep(next);
  });
  await runInOpenTabs(origin);
  return { host: hostOf(origin) };
}

async function remove(origin: string): Promise<void> {
  await inTurn(async () => {
    await browser.storage.local.set({ [KEY]: (await storedInstances()).filter((o) => o !== origin) });
    await unregister((await ourScripts()).filter((id) => originOfScript(id) === origin));
    await setMastodonMenu(await storedInstances());
  });
  const tabs = await browser.tabs.query({ url: originPattern(origin) });
  await Promise.all(tabs.flatMap((tab) => (tab.id === undefined ? [] : [askQuietly(tab.id, 'mastodon/stop', {})])));
  // Given back last: without it the tabs could not be told to stop. The browser refuses when the host is one the
  // extension must keep (a build that lists it as required): the instance is removed all the same.
  await browser.permissions
    .remove({ origins: [originPattern(origin)] })
    .catch(logged(`giving back the host permission of ${hostOf(origin)}`));
}

/** Is the page the user looks at Mastodon's web interface? Asked of that one page, through `activeTab`. */
async function detect(): Promise<{ origin: string; enabled: boolean } | null> {
  const tab = await activePage();
  const origin = instanceOrigin(tab?.url);
  if (!origin || tab?.id === undefined) return null;
  const [found] = await browser.scripting
    .executeScript({ target: { tabId: tab.id }, func: looksLikeMastodon })
    // A page we may not script (the browser's own, a store page) is no instance.
    .catch(() => []);
  if (found?.result !== true) return null;
  return { origin, enabled: (await storedInstances()).includes(origin) && (await granted(origin)) };
}

const failed = (what: string, error: unknown) => ({
  error: `${what}: ${error instanceof Error ? error.message : String(error)}`,
});

export const mastodonHandlers: Handlers<
  'mastodon/detect' | 'mastodon/enable' | 'mastodon/instances' | 'mastodon/remove'
> = {
  'mastodon/detect': () => detect().catch((error: unknown) => (logged('looking for Mastodon')(error), null)),
  'mastodon/enable': async ({ origin }) => {
    const checked = instanceOrigin(typeof origin === 'string' ? origin : '');
    if (!checked) return { error: 'This is not an address Mastodon can be enabled on.' };
    return enable(checked).then(
      (value) => ({ value }),
      (error: unknown) => failed('Clipping was not enabled', error),
    );
  },
  'mastodon/instances': async () => ({ origins: await reconcile() }),
  'mastodon/remove': async ({ origin }) => {
    const checked = instanceOrigin(typeof origin === 'string' ? origin : '');
    if (!checked) return { error: 'This is not an enabled instance.' };
    return remove(checked).then(
      () => ({ value: null }),
      (error: unknown) => failed('The instance was not removed', error),
    );
  },
};

/** At every start of the background, and when the browser withdraws a permission: scripts in step with the list. */
export function keepInstancesInStep(): void {
  browser.permissions.onAdded.addListener(() => {
    finishWanted().catch(logged('enabling the Mastodon instance just allowed'));
  });
  browser.permissions.onRemoved.addListener(() => {
    reconcile().catch(logged('unregistering Mastodon instances whose permission was withdrawn'));
  });
  reconcile().catch(logged('registering the enabled Mastodon instances'));
}
