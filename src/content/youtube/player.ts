/**
 * Answers the background's requests about the talk in this tab: its state, and seek / pause / play on the main
 * player's <video> (looked up at each request, since YouTube reuses or swaps the element between talks).
 */
import type { ContentRequest } from '../../messages';
import { findMainVideo, readYouTubeState } from '../../capture/youtube/page';

type Answer = Promise<unknown> | undefined;

function withVideo(doc: Document, act: (video: HTMLVideoElement) => void | Promise<void>): Promise<{ ok: boolean }> {
  const video = findMainVideo(doc);
  if (!video) return Promise.resolve({ ok: false });
  return Promise.resolve()
    .then(() => act(video))
    .then(() => ({ ok: true }), () => ({ ok: false }));
}

export function answer(doc: Document, request: ContentRequest): Answer {
  switch (request.type) {
    case 'youtube/state':
      return Promise.resolve(readYouTubeState(doc, doc.location.href));
    case 'youtube/seek': {
      const seconds = Number(request.seconds);
      if (!Number.isFinite(seconds) || seconds < 0) return Promise.resolve({ ok: false });
      return withVideo(doc, (video) => {
        video.currentTime = seconds;
        // A seek from a note means "show me this moment": play from there, as YouTube's own timestamp links do.
        return video.play().catch(() => undefined);
      });
    }
    case 'youtube/pause':
      return withVideo(doc, (video) => video.pause());
    case 'youtube/play':
      return withVideo(doc, (video) => video.play());
    default:
      return undefined;
  }
}
