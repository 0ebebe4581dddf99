/**
 * Where a clipped tweet goes: the current session (the chosen one, else the latest, else a new one for today, as
 * notes do) and in it the current talk. The current talk is the one being watched (a YouTube tab playing or last
 * used, whose video has a section in the session), else the section chosen in the panel, else the last section,
 * else a new "Tweets" section.
 */
import browser from 'webextension-polyfill';
import type { Selection } from '../messages';
import type { Id } from '../model/types';
import type { Store } from '../store/api';
import { createStore } from '../store/create-store';
import { openConfnotesDB } from '../store/db';
import { loadSelection, saveSelection } from '../settings/settings-storage';
import { broadcast } from '../messaging';
import { pickSection } from './tweet-section';
import { askQuietly } from './youtube-tab';

let store: Promise<Store> | null = null;
export function tweetStore(): Promise<Store> {
  store ??= openConfnotesDB().then(createStore, (error: unknown) => {
    store = null;
    throw error;
  });
  return store;
}

/** The videos open in YouTube tabs: playing ones first, then by last use. Tabs whose script is silent are skipped. */
async function watchedVideoIds(): Promise<string[]> {
  const tabs = await browser.tabs.query({ url: ['https://www.youtube.com/*', 'https://m.youtube.com/*'] }).catch(() => []);
  tabs.sort((a, b) => Number(!!b.audible) - Number(!!a.audible) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  const states = await Promise.all(tabs.slice(0, 5).map((tab) => (tab.id === undefined ? null : askQuietly(tab.id, 'youtube/state', {}))));
  const playing = states.filter((s) => s?.videoId && !s.paused);
  const others = states.filter((s) => s?.videoId && s.paused);
  return [...playing, ...others].map((s) => s!.videoId!);
}

async function currentSessionId(db: Store, selection: Selection): Promise<Id> {
  if (selection.sessionId && (await db.getSession(selection.sessionId))) return selection.sessionId;
  const [latest] = (await db.listSessions()).sort((a, b) => b.updatedAt - a.updatedAt);
  const date = new Date().toISOString().slice(0, 10);
  const session = latest
    ?? (await db.createSession({ title: `Talk notes ${date}`, date, description: '', tags: [], categories: [] }));
  const chosen = { sessionId: session.id, sectionId: null };
  await saveSelection(chosen);
  broadcast({ type: 'selection/changed', selection: chosen });
  return session.id;
}

export async function tweetTarget(db: Store): Promise<{ sessionId: Id; sectionId: Id }> {
  const selection = await loadSelection();
  const [sessionId, watched] = await Promise.all([currentSessionId(db, selection), watchedVideoIds()]);
  const sections = (await db.loadSession(sessionId))?.sections ?? [];
  const section = pickSection(sections, selection, watched) ?? (await db.addSection(sessionId, { title: 'Tweets' }));
  return { sessionId, sectionId: section.id };
}

/** The session clips are checked against, without creating one. */
export async function selectedSessionId(db: Store): Promise<Id | null> {
  const { sessionId } = await loadSelection();
  return sessionId && (await db.getSession(sessionId)) ? sessionId : null;
}
