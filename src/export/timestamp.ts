/** Moments in a talk: `1:02:03` / `4:05` as shown by YouTube, and the URL that starts the video there. */
import type { Moment } from '../model/types';

export function formatSeconds(total: number): string {
  const s = Math.max(0, Math.floor(Number.isFinite(total) ? total : 0));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;

export function isVideoId(id: string): boolean {
  return VIDEO_ID.test(id);
}

/** The watch URL at that moment, or null when the video id is not one YouTube could have given. */
export function momentUrl(moment: Moment): string | null {
  if (!isVideoId(moment.videoId)) return null;
  return `https://www.youtube.com/watch?v=${moment.videoId}&t=${Math.max(0, Math.floor(moment.seconds))}s`;
}
