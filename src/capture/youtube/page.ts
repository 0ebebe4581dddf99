/**
 * Reads what a YouTube page shows, given its Document and URL: the talk (from the URL, which is never stale),
 * its title and channel (from the rendered page; else meta tags and the page's own data, src/capture/youtube/
 * page-data.ts, only when they name the same video, because YouTube leaves them behind after in-page navigation),
 * and the main player's time. Pure apart from reading the
 * DOM it is given, so it runs under jsdom in tests and in the content script alike.
 */
import type { YouTubeState } from '../../model/context';
import { pageData, type PageData } from './page-data';
import { YT } from './selectors';
import { parseWatchUrl, type WatchAddress } from '../../model/youtube';

export const PROBLEMS = {
  notTalk: 'This page is not a talk: notes are saved without a timestamp.',
  miniplayer: 'The miniplayer is playing: open the talk’s page to take timestamped notes.',
  noVideo: 'No video player on this page: notes are saved without a timestamp.',
  notLoaded: 'The video has not loaded yet: notes are saved without a timestamp.',
  switching: 'The player is still switching to this talk: notes are saved without a timestamp.',
  ad: 'An ad is playing: notes get no timestamp until the talk resumes.',
} as const;

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function inMiniplayer(el: Element): boolean {
  return !!el.closest(YT.miniplayer);
}

/** The main player's <video>: a visible one outside the miniplayer first, the miniplayer's only as a last resort. */
export function findMainVideo(doc: Document): HTMLVideoElement | null {
  const videos = [...doc.querySelectorAll<HTMLVideoElement>(YT.video)];
  return videos.find((v) => !inMiniplayer(v) && !v.closest('[hidden]')) ?? videos.find((v) => !inMiniplayer(v)) ?? null;
}

function miniplayerPlaying(doc: Document): boolean {
  return [...doc.querySelectorAll<HTMLVideoElement>(YT.video)].some((v) => inMiniplayer(v) && !v.paused);
}

function metaMatches(doc: Document, videoId: string): boolean {
  const id = doc.querySelector(YT.metaVideoId)?.getAttribute('content');
  const url = doc.querySelector(YT.metaUrl);
  const urlValue = url?.getAttribute('content') ?? url?.getAttribute('href');
  return id === videoId || (!!urlValue && parseWatchUrl(urlValue)?.videoId === videoId);
}

/**
 * The rendered title and owner link are the page's, except while the shell still shows another video (after an
 * in-page navigation, before YouTube re-renders): then they are the previous talk's.
 */
function rendered(doc: Document, videoId: string): boolean {
  const shown = doc.querySelector(YT.watchFlexy)?.getAttribute('video-id');
  return !shown || shown === videoId;
}

function titleOf(doc: Document, videoId: string, data: PageData): string {
  const live = rendered(doc, videoId) ? text(doc.querySelector(YT.title)) : '';
  if (live) return live;
  if (metaMatches(doc, videoId)) {
    const meta = doc.querySelector(YT.metaTitle)?.getAttribute('content')?.trim();
    if (meta) return meta;
  }
  // The document's title changes with the rendered page: while that still shows the previous talk, it is stale.
  return data.title || (rendered(doc, videoId) ? doc.title.replace(/\s*-\s*YouTube\s*$/, '').trim() : '');
}

/**
 * The channel's name and address as the page gives them. The address is not checked here (the content script stays
 * small): the background keeps it only as a YouTube https address (`channelUrlOf` in src/model/youtube.ts).
 */
function channelOf(doc: Document, videoId: string, data: PageData): { channel: string; channelUrl: string } {
  const link = rendered(doc, videoId) ? doc.querySelector<HTMLAnchorElement>(YT.channel) : null;
  const name = text(link);
  // The DOM resolves a relative href against the page (an unparsable one stays as written).
  if (link && name) return { channel: name, channelUrl: link.href };
  return { channel: data.channel ?? '', channelUrl: data.channelUrl ?? '' };
}

function finite(n: number): number | null {
  return Number.isFinite(n) ? n : null;
}

/** What the page shows now. `url` is the page's location (the content script passes location.href). */
export function readYouTubeState(doc: Document, url: string): YouTubeState {
  const address: WatchAddress | null = parseWatchUrl(url);
  const base = {
    url,
    title: '',
    channel: '',
    channelUrl: '',
    duration: null,
    currentTime: null,
    paused: true,
    adPlaying: false,
  };
  if (!address) {
    const playing = miniplayerPlaying(doc);
    return { ...base, videoId: null, problem: playing ? PROBLEMS.miniplayer : PROBLEMS.notTalk };
  }
  // The page's own data is read only when the rendered page lacks a title or channel.
  const rendersAll =
    rendered(doc, address.videoId) && text(doc.querySelector(YT.title)) && text(doc.querySelector(YT.channel));
  const known: PageData = rendersAll ? {} : pageData(doc, address.videoId);
  const state: YouTubeState = {
    ...base,
    videoId: address.videoId,
    title: titleOf(doc, address.videoId, known),
    ...channelOf(doc, address.videoId, known),
    problem: '',
  };
  if (address.list) state.list = address.list;
  if (address.index) state.index = address.index;
  const video = findMainVideo(doc);
  if (!video) return { ...state, problem: PROBLEMS.noVideo };
  const player = video.closest(YT.player);
  const shownId = doc.querySelector(YT.watchFlexy)?.getAttribute('video-id');
  state.adPlaying = !!player?.classList.contains('ad-showing');
  state.paused = video.paused;
  state.duration = finite(video.duration) && video.duration > 0 ? video.duration : null;
  // readyState 0: nothing loaded, so the 0 the element reports is not a moment of the talk.
  state.currentTime = video.readyState > 0 ? finite(video.currentTime) : null;
  if (state.adPlaying) return { ...state, currentTime: null, problem: PROBLEMS.ad };
  if (shownId && shownId !== address.videoId) return { ...state, currentTime: null, problem: PROBLEMS.switching };
  if (state.currentTime === null) return { ...state, problem: PROBLEMS.notLoaded };
  return state;
}
