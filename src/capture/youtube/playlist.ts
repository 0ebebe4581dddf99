/**
 * The talks of the playlist a YouTube page shows, in playlist order: on a playlist page (`/playlist?list=`) its
 * video list, on a watch page inside a playlist the playlist panel beside the player. DOM in, typed record out;
 * each video is taken from its link (`/watch?v=ID&list=L&index=N`), so only videos of the page's own playlist
 * count, and a panel YouTube renders twice (side and below) gives each video once.
 */
import { parseWatchUrl } from '../../model/youtube';

export interface PlaylistVideo {
  videoId: string;
  /** 1-based place in the playlist. */
  index: number;
  title: string;
  channel: string;
  /** As the page has it ('' for no link): `playlistTalks` keeps it only through `channelUrlOf`. */
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
const LINK = 'a[id="video-title"], a[id="wc-endpoint"]';
const TITLE = '[id="video-title"]';
const CHANNEL_LINK = 'ytd-channel-name a[href]';
const CHANNEL_NAME = '[id="byline"], ytd-channel-name';
/** The playlist's title: the panel's heading, the playlist page's header; else the page's title. */
const HEADING = 'ytd-playlist-panel-renderer h3, yt-page-header-renderer h1';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The video an item links to; null for no link or one that is no address at all (that item alone is skipped). */
function watchAddress(href: string | null | undefined) {
  if (!href) return null;
  try {
    return parseWatchUrl(new URL(href, 'https://www.youtube.com/'));
  } catch {
    return null; // `new URL` refuses it (`http://[`): not a video, and not a reason to drop the others
  }
}

/** The playlist the page at `url` shows, or null when it shows none (or none of its videos have loaded). */
export function readPlaylist(doc: Document, url: string): Playlist | null {
  const list = /[?&]list=([\w-]{2,64})/.exec(url)?.[1];
  if (!list) return null;
  const byId = new Map<string, PlaylistVideo>();
  for (const item of doc.querySelectorAll(ITEM)) {
    const a = item.querySelector(LINK);
    const address = watchAddress(a?.getAttribute('href'));
    if (!address?.index || address.list !== list || byId.has(address.videoId)) continue;
    const link = item.querySelector(CHANNEL_LINK);
    byId.set(address.videoId, {
      videoId: address.videoId,
      index: address.index,
      title: text(item.querySelector(TITLE)) || text(a),
      channel: text(link ?? item.querySelector(CHANNEL_NAME)),
      channelUrl: link?.getAttribute('href') ?? '',
    });
  }
  if (byId.size === 0) return null;
  const videos = [...byId.values()].sort((a, b) => a.index - b.index);
  const title = text(doc.querySelector(HEADING)) || doc.title.replace(/ - YouTube$/, '');
  return { list, title, videos };
}
