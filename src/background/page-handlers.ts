/**
 * Clipping ordinary web pages, and a playlist's talks added or its videos linked to the schedule's talks. "Clip page to session" (the popup's button and the
 * context menu) takes the page's address and title; "Clip selection to session" (the context menu) the selected
 * text as a quote of the page. The tab's address and title are readable only on the page the user acted on
 * (the `activeTab` grant of a popup or menu click), so Confnotes never needs to read every tab.
 */
import { playlistTalks } from '../capture/youtube/playlist-talks';
import type { FiledNote } from '../messages';
import { contextTabId } from './context-tab';
import type { Handlers } from './handlers';
import { theOwner } from './owner';
import { activePage, askQuietly } from './tabs';
import { safeHttpUrl } from '../model/safe-url';

/** A page that can be clipped: an http(s) address (`safeHttpUrl`; the store checks it again on the write). */
const isWebPage = (url: string | undefined): url is string => safeHttpUrl(url) !== null;

export async function clipPage(page: { url?: string; title?: string }, comment: string): Promise<FiledNote> {
  const url = page.url ?? '';
  if (!isWebPage(url)) throw new Error('Only http and https pages can be clipped.');
  const owner = await theOwner();
  const { note, filed } = await owner.clipPage({ url, title: (page.title ?? '').trim() || url, comment });
  return { note, sectionTitle: filed.section.title };
}

export async function clipSelection(page: { url?: string; title?: string }, text: string): Promise<FiledNote> {
  const url = page.url ?? '';
  if (!isWebPage(url)) throw new Error('Only text on http and https pages can be clipped.');
  const owner = await theOwner();
  const { note, filed } = await owner.clipSelection({ url, title: (page.title ?? '').trim(), text });
  return { note, sectionTitle: filed.section.title };
}

async function done<T>(what: string, act: () => Promise<T>) {
  try {
    return { value: await act() };
  } catch (error) {
    return { error: `${what}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** The playlist the context tab shows, as talks checked like any message; refused in words when there is none. */
async function shownPlaylist() {
  const tabId = await contextTabId();
  const playlist = tabId === null ? null : await askQuietly(tabId, 'youtube/playlist', {});
  const talks = playlistTalks(playlist);
  if (!playlist || talks.length === 0)
    throw new Error('Open a YouTube playlist, or a talk inside one, and wait for its list of videos to show.');
  return { title: playlist.title, talks };
}

const sessionIdOf = (value: unknown) => {
  if (typeof value !== 'string' || !value) throw new Error('Choose a session first.');
  return value;
};

function checkedPairs(value: unknown): { sectionId: string; videoId: string }[] {
  if (!Array.isArray(value)) return [];
  return (value as unknown[]).flatMap((pair) => {
    const p = (typeof pair === 'object' && pair !== null ? pair : {}) as Record<string, unknown>;
    return typeof p.sectionId === 'string' && typeof p.videoId === 'string'
      ? [{ sectionId: p.sectionId, videoId: p.videoId }]
      : [];
  });
}

export const pageHandlers: Handlers<'page/clip' | 'playlist/add' | 'playlist/match' | 'playlist/link'> = {
  'page/clip': ({ comment }) =>
    done('The page was not clipped', async () => {
      const tab = await activePage();
      if (!tab?.url) throw new Error('Confnotes cannot read this page: open the popup on the page you want to clip.');
      return clipPage(tab, typeof comment === 'string' ? comment : '');
    }),
  'playlist/add': () =>
    done("The playlist's talks were not added", async () => {
      const { title, talks } = await shownPlaylist();
      const { added, skipped } = await (await theOwner()).addPlaylist(talks);
      return { added, skipped, title };
    }),
  'playlist/match': ({ sessionId }) =>
    done("The playlist's videos were not matched", async () => {
      const { title, talks } = await shownPlaylist();
      return { title, ...(await (await theOwner()).proposePlaylistLinks(sessionIdOf(sessionId), talks)) };
    }),
  'playlist/link': ({ sessionId, pairs }) =>
    done("The playlist's videos were not linked", async () => {
      const { talks } = await shownPlaylist();
      return (await theOwner()).linkPlaylist(sessionIdOf(sessionId), checkedPairs(pairs), talks);
    }),
};
