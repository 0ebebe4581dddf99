/**
 * Where a clipped tweet goes: the current session (the chosen one, else the latest, else a new one for today, as
 * notes do) and in it the current talk. The current talk is the one being watched (a YouTube tab playing or last
 * used, whose video has a section in the session), else the section chosen in the panel, else the last section,
 * else a new "Tweets" section.
 */
import browser from 'webextension-polyfill';
import type { Id } from '../model/types';
import type { Store } from '../store/api';
import { loadSelection } from '../settings/settings-storage';
import { pickSection } from './tweet-section';
import { askQuietly } from './youtube-tab';
import { currentSessionId } from './store';

/** The videos open in YouTube tabs: playing ones first, then by last use. Tabs whose script is silent are skipped. */
async function watchedVideoIds(): Promise<string[]> {
  const tabs = await browser.tabs.query({ url: ['https://www.youtube.com/*', 'https://m.youtube.com/*'] }).catch(() => []);
  tabs.sort((a, b) => Number(!!b.audible) - Number(!!a.audible) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  const states = await Promise.all(tabs.slice(0, 5).map((tab) => (tab.id === undefined ? null : askQuietly(tab.id, 'youtube/state', {}))));
  const playing = states.filter((s) => s?.videoId && !s.paused);
  const others = states.filter((s) => s?.videoId && s.paused);
  return [...playing, ...others].map((s) => s!.videoId!);
}

export async function tweetTarget(db: Store): Promise<{ sessionId: Id; sectionId: Id }> {
  const selection = await loadSelection();
  const [sessionId, watched] = await Promise.all([currentSessionId(db, selection), watchedVideoIds()]);
  const sections = await db.listSections(sessionId);
  const section = pickSection(sections, selection, watched) ?? (await db.addSection(sessionId, { title: 'Tweets' }));
  return { sessionId, sectionId: section.id };
}

/** The session clips are checked against, without creating one. */
export async function selectedSessionId(db: Store): Promise<Id | null> {
  const { sessionId } = await loadSelection();
  return sessionId && (await db.getSession(sessionId)) ? sessionId : null;
}
