/**
 * Answers the background's requests about the talk in this tab: its state, and seek / pause / play on the main
 * player's <video> (looked up at each request, since YouTube reuses or swaps the element between talks).
 */
import type { ContentAnswers } from '../runtime';
import { findMainVideo, readYouTubeState } from '../../capture/youtube/page';
import { readPlaylist } from '../../capture/youtube/playlist';

function withVideo(doc: Document, act: (video: HTMLVideoElement) => void | Promise<void>): Promise<{ ok: boolean }> {
  const video = findMainVideo(doc);
  if (!video) return Promise.resolve({ ok: false });
  return Promise.resolve()
    .then(() => act(video))
    .then(
      () => ({ ok: true }),
      () => ({ ok: false }),
    );
}

export function youtubeAnswers(doc: Document): ContentAnswers {
  return {
    'youtube/state': () => Promise.resolve(readYouTubeState(doc, doc.location.href)),
    'youtube/seek': (request) => {
      const seconds = Number(request.seconds);
      if (!Number.isFinite(seconds) || seconds < 0) return Promise.resolve({ ok: false });
      return withVideo(doc, (video) => {
        video.currentTime = seconds;
        // A seek from a note means "show me this moment": play from there, as YouTube's own timestamp links do.
        // The browser may refuse to play without a gesture: the seek is done, and the user presses play.
        return video.play().catch(() => undefined);
      });
    },
    'youtube/pause': () => withVideo(doc, (video) => video.pause()),
    'youtube/play': () => withVideo(doc, (video) => video.play()),
    'youtube/playlist': () => Promise.resolve(readPlaylist(doc, doc.location.href)),
  };
}
