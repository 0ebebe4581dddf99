/**
 * The context tab's page and its YouTube player: what the panel shows as "Now watching" (announced when the tab
 * or its player changes, never polled), the moment a note is about (frozen when the user starts typing), pausing while typing, and seeking a talk from a timestamp.
 */
import browser from 'webextension-polyfill';
import type { FrozenMoment, PageContext } from '../model/context';
import { frozenMoment } from '../capture/youtube/moment';
import { isVideoId, parseWatchUrl, watchUrl, YOUTUBE_PAGES } from '../model/youtube';
import { loadSettings } from '../settings/settings-storage';
import { contextTabId } from './context-tab';
import { announceContext } from './owner';
import type { Handlers } from './handlers';
import { readContext, youtubeContext } from './read-context';
import { askQuietly, getTab } from './tabs';

/** The tab paused for typing, resumed on save; in storage.session because the worker may restart in between. */
const PAUSED_KEY = 'pausedForTyping';

export async function currentContext(): Promise<PageContext | null> {
  const tabId = await contextTabId();
  const tab = tabId === null ? null : await getTab(tabId);
  return tab ? readContext(tab) : null;
}

/** Freezes the context's moment now; with `pause`, also pauses the talk if the user asked for that. */
export async function freezeMoment(pause: boolean): Promise<FrozenMoment> {
  const [context, settings] = await Promise.all([currentContext(), loadSettings()]);
  // The clock moment too: a note taken in the room is stamped when typing began, like a talk's time.
  const frozen = { ...frozenMoment(context, settings.capture.rewindSeconds), clockAt: Date.now() };
  const state = context?.youtube;
  if (pause && settings.capture.pauseWhileTyping && context && state?.videoId && !state.paused && !state.adPlaying) {
    const paused = await askQuietly(context.tabId, 'youtube/pause', {});
    if (paused?.ok) await browser.storage.session.set({ [PAUSED_KEY]: context.tabId });
  }
  return frozen;
}

async function resume(): Promise<{ ok: boolean }> {
  const stored = await browser.storage.session.get(PAUSED_KEY);
  const tabId = stored[PAUSED_KEY];
  if (typeof tabId !== 'number') return { ok: false };
  await browser.storage.session.remove(PAUSED_KEY);
  return (await askQuietly(tabId, 'youtube/play', {})) ?? { ok: false };
}

/** Open tabs showing this video, the context tab first. */
async function tabsShowing(videoId: string): Promise<number[]> {
  const tabs = await browser.tabs.query({ url: YOUTUBE_PAGES });
  const context = await contextTabId();
  return tabs
    .filter((tab) => typeof tab.id === 'number' && parseWatchUrl(tab.url ?? '')?.videoId === videoId)
    .sort((a, b) => Number(b.id === context) - Number(a.id === context))
    .map((tab) => tab.id as number);
}

async function seek(videoId: string, seconds: number, link: string): Promise<{ ok: boolean }> {
  for (const tabId of await tabsShowing(videoId)) {
    const done = await askQuietly(tabId, 'youtube/seek', { seconds });
    if (!done?.ok) continue;
    const tab = await browser.tabs.update(tabId, { active: true });
    if (tab?.windowId !== undefined) {
      // The tab is active and at the moment already; a window that cannot be raised (none on Android) changes nothing.
      await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
    }
    return { ok: true };
  }
  // No open tab can seek: open the talk at that moment. Only a watch URL of this very video is opened.
  const address = parseWatchUrl(link);
  const url = watchUrl(address?.videoId === videoId ? address : { videoId }, seconds);
  if (!url) return { ok: false };
  await browser.tabs.create({ url });
  return { ok: true };
}

/**
 * The latest player notice heard from each tab, counted as they arrive (in the order the tab sent them): a notice
 * that finds, after its await, a later one from the same tab is stale and is not announced over it.
 */
let heard = 0;
const latestFrom = new Map<number, number>();

export const contextHandlers: Handlers<'context/moment' | 'youtube/resume' | 'youtube/seek' | 'youtube/changed'> = {
  // The context tab's player told what it shows now: announced as it is, without asking it back.
  'youtube/changed': async ({ state }, sender) => {
    const tab = sender.tab;
    if (tab?.id === undefined) return { ok: true };
    const mine = ++heard;
    latestFrom.set(tab.id, mine);
    if (tab.id !== (await contextTabId()) || latestFrom.get(tab.id) !== mine) return { ok: true };
    const valid = typeof state === 'object' && state !== null && typeof state.url === 'string';
    announceContext(valid ? youtubeContext(tab as typeof tab & { id: number }, state) : undefined);
    return { ok: true };
  },
  'context/moment': (request) => freezeMoment(request.pause === true),
  'youtube/resume': () => resume(),
  'youtube/seek': async (request) => {
    const { videoId, seconds } = request.moment ?? {};
    if (!isVideoId(videoId) || typeof seconds !== 'number' || !(seconds >= 0)) return { ok: false };
    return seek(videoId, seconds, typeof request.url === 'string' ? request.url : '');
  },
};
