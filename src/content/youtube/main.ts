/**
 * The YouTube content script, on every youtube.com page (YouTube navigates in-page, so a script matched only on
 * /watch would never load after a click from the home page). It keeps its navigation listeners, answers the
 * background's requests (reading the page when asked) and tells the background when the talk changed (a new
 * page, play, pause, a seek), so "Now watching" is pushed, never polled. Kept tiny (no UI framework, no
 * polyfill): see src/content/runtime.ts.
 */
import { findMainVideo, readYouTubeState } from '../../capture/youtube/page';
import { YT } from '../../capture/youtube/selectors';
import { askBackground, extensionAlive, onRequest } from '../runtime';
import { startLifecycle } from '../lifecycle';
import { youtubeAnswers } from './player';

/** Media events do not bubble: heard on the document in the capture phase, for whichever <video> plays. */
const PLAYER_EVENTS = ['play', 'pause', 'seeked', 'loadedmetadata', 'ratechange', 'ended'] as const;
/**
 * Told once per task (the events of one task, e.g. an ad's class changes, make one message), at the end of the
 * task that changed it: a microtask, not a timer, because a tab in the background (the talk playing while the user
 * types in another tab) gets its timers clamped to a second or more (Firefox), and "Now watching" lagged by that.
 */
let queued = false;
function changed(): void {
  if (queued) return;
  queued = true;
  queueMicrotask(() => {
    queued = false;
    if (!extensionAlive()) return;
    // A notice lost (the background restarting) is caught up by the next change, or by the panel's own read.
    askBackground('youtube/changed', { state: readYouTubeState(document, location.href) }).catch(() => undefined);
  });
}

/** An ad starting or ending only changes the player's class: watched on the main player, re-found as it changes. */
function watchAds(signal: AbortSignal): () => void {
  const observer = new MutationObserver(changed);
  let watched: Element | null = null;
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return () => {
    const player = findMainVideo(document)?.closest(YT.player) ?? null;
    if (player === watched || signal.aborted) return;
    observer.disconnect();
    watched = player;
    if (player) observer.observe(player, { attributes: true, attributeFilter: ['class'] });
  };
}

/** YouTube's own events after an in-page navigation (dispatched on `document`). */
const NAVIGATION_EVENTS = ['yt-navigate-finish', 'yt-page-data-updated'];

const lifecycle = startLifecycle({
  doc: document,
  alive: extensionAlive,
  navigationEvents: NAVIGATION_EVENTS,
  onPage(signal) {
    onRequest(youtubeAnswers(document), signal, () => void lifecycle.checkUrl());
    const followPlayer = watchAds(signal);
    const onPlayer = () => {
      followPlayer();
      changed();
    };
    for (const type of PLAYER_EVENTS) document.addEventListener(type, onPlayer, { capture: true, signal });
    document.addEventListener('yt-page-data-updated', onPlayer, { signal });
    onPlayer();
  },
});
