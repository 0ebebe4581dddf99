/**
 * YouTube's rules: what a video id and a playlist id look like, which talk a URL shows, the watch URL that opens a
 * talk (at a moment), and a talk's source rebuilt from data we did not make. Pure; the one place these rules live.
 * Only YouTube's own hosts count; anything else is not a talk, however its path looks.
 */
import { LIMITS } from './limits';
import { safeHttpUrl } from './safe-url';
import { parseTimeParam } from './timestamp';
import type { YouTubeSource } from './types';

/** The pages the YouTube content script runs on (manifest.json's matches; a test keeps the two equal). */
export const YOUTUBE_PAGES = ['https://www.youtube.com/*', 'https://m.youtube.com/*'];

const HOSTS = new Set(['www.youtube.com', 'youtube.com', 'm.youtube.com', 'music.youtube.com']);
const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;
/** Playlist ids are at least two characters (`WL`, `LL`, `PL…`); longer than 64 is not one YouTube made. */
const PLAYLIST_ID = /^[A-Za-z0-9_-]{2,64}$/;

export interface WatchAddress {
  videoId: string;
  list?: string;
  /** 1-based position in the playlist. */
  index?: number;
}

export function isVideoId(value: unknown): value is string {
  return typeof value === 'string' && VIDEO_ID.test(value);
}

export function isPlaylistId(value: unknown): value is string {
  return typeof value === 'string' && PLAYLIST_ID.test(value);
}

/** A playlist position: a whole number from 1. */
function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

function toUrl(url: string | URL): URL | null {
  if (typeof url !== 'string') return url;
  try {
    return new URL(url);
  } catch {
    return null; // not an address at all: no talk, as for any other page
  }
}

/** The talk a URL shows (`/watch?v=ID`, `/live/ID`, `youtu.be/ID`), or null for any other page. */
export function parseWatchUrl(input: string | URL): WatchAddress | null {
  const url = toUrl(input);
  if (!url || url.protocol !== 'https:') return null;
  let videoId: string | undefined;
  if (url.hostname === 'youtu.be') {
    videoId = url.pathname.slice(1);
  } else if (HOSTS.has(url.hostname)) {
    if (url.pathname === '/watch') videoId = url.searchParams.get('v') ?? undefined;
    else {
      const live = /^\/live\/([^/]+)\/?$/.exec(url.pathname);
      videoId = live?.[1];
    }
  }
  if (!isVideoId(videoId)) return null;
  const address: WatchAddress = { videoId };
  const list = url.searchParams.get('list');
  if (isPlaylistId(list)) address.list = list;
  const index = Number(url.searchParams.get('index'));
  if (address.list && isIndex(index)) address.index = index;
  return address;
}

/**
 * `https://www.youtube.com/watch?v=ID[&list=..&index=..][&t=123s]`: the link to a talk, and with `seconds` (0
 * included, so every timestamp link carries its moment) the link every timestamp points to. Null when the video id
 * is not one YouTube could have given; a malformed playlist or position is left out.
 */
export function watchUrl(address: WatchAddress, seconds?: number | null): string | null {
  if (!isVideoId(address.videoId)) return null;
  const params = new URLSearchParams({ v: address.videoId });
  if (isPlaylistId(address.list)) {
    params.set('list', address.list);
    if (isIndex(address.index)) params.set('index', String(address.index));
  }
  if (typeof seconds === 'number' && Number.isFinite(seconds)) params.set('t', `${Math.max(0, Math.floor(seconds))}s`);
  return `https://www.youtube.com/watch?${params.toString()}`;
}

/** Is this tab URL on YouTube at all (a talk or not)? */
export function isYouTubeUrl(input: string | undefined): boolean {
  const url = input ? toUrl(input) : null;
  return !!url && url.protocol === 'https:' && (HOSTS.has(url.hostname) || url.hostname === 'youtu.be');
}

/** The moment a timestamp link points to (`t=123s`, `t=123`, `t=1h2m3s`), or null without one. */
export function momentOfUrl(input: string): { videoId: string; seconds: number } | null {
  const url = toUrl(input);
  const address = url ? parseWatchUrl(url) : null;
  const t = url?.searchParams.get('t');
  const seconds = t ? parseTimeParam(t) : null;
  return address && seconds !== null ? { videoId: address.videoId, seconds } : null;
}

/**
 * A channel's address from whatever a YouTube page gave (the owner link's href, often relative; its data's URLs,
 * sometimes http): resolved against YouTube, on YouTube's own hosts only, as https, short enough to store; null for
 * anything else. The content script sends what it found as it is and the background keeps it only through this.
 */
export function channelUrlOf(raw: unknown): string | null {
  const address = safeHttpUrl(raw, 'https://www.youtube.com/');
  const url = address ? new URL(address) : null;
  if (!url || !HOSTS.has(url.hostname)) return null;
  url.protocol = 'https:';
  return url.href.length <= LIMITS.url ? url.href : null;
}

/**
 * A talk's source rebuilt from data we did not make (a message, a page's report), keeping only well-formed fields;
 * null if it names no video. The channel's address is kept only as `channelUrlOf` gives it.
 */
export function youtubeSourceOf(value: unknown): YouTubeSource | null {
  const s = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof YouTubeSource, unknown>>;
  if (s.kind !== 'youtube' || !isVideoId(s.videoId)) return null;
  const source: YouTubeSource = { kind: 'youtube', videoId: s.videoId };
  if (isPlaylistId(s.list)) source.list = s.list;
  if (source.list && isIndex(s.index)) source.index = s.index;
  if (typeof s.channel === 'string' && s.channel.trim()) source.channel = s.channel.trim().slice(0, 200);
  const channelUrl = channelUrlOf(s.channelUrl);
  if (channelUrl) source.channelUrl = channelUrl;
  if (typeof s.duration === 'number' && Number.isFinite(s.duration) && s.duration > 0) {
    source.duration = Math.round(s.duration);
  }
  return source;
}
