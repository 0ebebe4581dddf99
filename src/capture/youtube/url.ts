/**
 * YouTube addresses: which talk a URL shows, and the watch URL that opens a talk at a moment. Pure.
 * Only YouTube's own hosts count; anything else is not a talk, however its path looks.
 */

const HOSTS = new Set(['www.youtube.com', 'youtube.com', 'm.youtube.com', 'music.youtube.com']);
const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;

export interface WatchAddress {
  videoId: string;
  list?: string;
  /** 1-based position in the playlist. */
  index?: number;
}

export function isVideoId(value: unknown): value is string {
  return typeof value === 'string' && VIDEO_ID.test(value);
}

function toUrl(url: string | URL): URL | null {
  try {
    return typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
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
  if (list && /^[A-Za-z0-9_-]{2,64}$/.test(list)) address.list = list;
  const index = Number(url.searchParams.get('index'));
  if (address.list && Number.isInteger(index) && index > 0) address.index = index;
  return address;
}

/** `https://www.youtube.com/watch?v=ID[&list=..&index=..][&t=123s]`: the link every timestamp points to. */
export function watchUrl(address: WatchAddress, seconds?: number | null): string {
  const params = new URLSearchParams({ v: address.videoId });
  if (address.list) params.set('list', address.list);
  if (address.list && address.index) params.set('index', String(address.index));
  if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 1) {
    params.set('t', `${Math.floor(seconds)}s`);
  }
  return `https://www.youtube.com/watch?${params.toString()}`;
}

/** Is this tab URL on YouTube at all (a talk or not)? */
export function isYouTubeUrl(input: string | undefined): boolean {
  const url = input ? toUrl(input) : null;
  return !!url && url.protocol === 'https:' && (HOSTS.has(url.hostname) || url.hostname === 'youtu.be');
}

/** The moment a timestamp link points to (`t=123s`, `t=123`, `t=1h2m3s`), or null without one. */
export function momentOfUrl(input: string): { videoId: string; seconds: number } | null {
  const address = parseWatchUrl(input);
  const t = toUrl(input)?.searchParams.get('t');
  const parts = t ? /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(t) : null;
  if (!address || !t || !parts) return null;
  const [, h = '0', m = '0', s = '0'] = parts;
  return { videoId: address.videoId, seconds: Number(h) * 3600 + Number(m) * 60 + Number(s) };
}
