/**
 * The talks of the playlist a YouTube page shows, in playlist order: on a playlist page (`/playlist?list=`) its
 * video list, on a watch page inside a playlist the playlist panel beside the player. DOM in, typed record out;
 * each video is taken from its link (`/watch?v=ID&list=L&index=N`), so only videos of the page's own playlist
 * count, and a panel YouTube renders twice (side and below) gives each video once.
 */
import { youtubeHttps } from './page-data';
import { parseWatchUrl } from './url';

export interface PlaylistVideo {
  videoId: string;
  /** 1-based place in the playlist. */
  index: number;
  title: string;
  channel: string;
  /** '' when the page gave no link to the channel. */
  channelUrl: string;
}

export interface Playlist {
  list: string;
  title: string;
  videos: PlaylistVideo[];
}

/**
 * Where each part is, on the playlist page and in a watch page's panel (the real pages' element names). Every item
 * repeats the same ids, so they are matched as attributes: `#id` lookups may stop at the document's first one.
 */
const ITEM = 'ytd-playlist-video-renderer, ytd-playlist-panel-video-renderer';
const LINK = 'a[id="video-title"][href], a[id="wc-endpoint"][href], a[id="thumbnail"][href]';
const TITLE = '[id="video-title"]';
const CHANNEL_LINK = 'ytd-channel-name a[href]';
const CHANNEL_NAME = '[id="byline"], ytd-channel-name';
const HEADING =
  'ytd-playlist-panel-renderer h3 .title, ytd-playlist-panel-renderer h3, yt-page-header-renderer h1, ' +
  'ytd-playlist-header-renderer h1, ytd-playlist-header-renderer .yt-dynamic-sizing-formatted-string';

const text = (el: Element | null | undefined) =>
  (el?.getAttribute('title') || el?.textContent || '').replace(/\s+/g, ' ').trim();

function listOf(href: string): string | null {
  try {
    const list = new URL(href).searchParams.get('list');
    return list && /^[A-Za-z0-9_-]{2,64}$/.test(list) ? list : null;
  } catch {
    return null;
  }
}

/** The playlist the page at `url` shows, or null when it shows none (or none of its videos have loaded). */
export function readPlaylist(doc: Document, url: string): Playlist | null {
  const list = listOf(url);
  if (!list) return null;
  const byId = new Map<string, PlaylistVideo>();
  for (const item of doc.querySelectorAll(ITEM)) {
    const href = item.querySelector(LINK)?.getAttribute('href');
    const address = href ? parseWatchUrl(new URL(href, 'https://www.youtube.com/')) : null;
    if (!address?.index || address.list !== list || byId.has(address.videoId)) continue;
    const link = item.querySelector(CHANNEL_LINK);
    byId.set(address.videoId, {
      videoId: address.videoId,
      index: address.index,
      title: text(item.querySelector(TITLE)) || text(item.querySelector(LINK)),
      channel: text(link ?? item.querySelector(CHANNEL_NAME)),
      channelUrl: youtubeHttps(link?.getAttribute('href')),
    });
  }
  if (byId.size === 0) return null;
  const videos = [...byId.values()].sort((a, b) => a.index - b.index);
  const title = text(doc.querySelector(HEADING)) || doc.title.replace(/ - YouTube$/, '').trim();
  return { list, title, videos };
}
