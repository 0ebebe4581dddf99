/**
 * The frame grab, injected into the context tab by the background with `scripting.executeScript` when the user
 * takes a snapshot: the content script carries none of it (its size budget), and it runs only on that click.
 * It draws the main <video> at its own size (videoWidth × videoHeight: the video's pixels, none of the player's
 * controls or captions, which are other elements) onto a canvas and encodes it. Where the canvas is tainted (a
 * protected or cross-origin stream), it gives the video's rectangle on screen instead, for the background to crop
 * a capture of the visible tab to. It must be self-contained (it is serialised into the page): no imports, no
 * closures; it never throws into the page.
 */

export type FrameRect = { x: number; y: number; width: number; height: number; scale: number };

/** The frame drawn small for the note list (thumbWidth wide at most), as a data URL. */
export type GrabbedThumb = { dataUrl: string; width: number; height: number };

export type GrabbedFrame =
  | {
      ok: true;
      dataUrl: string;
      width: number;
      height: number;
      mime: 'image/webp' | 'image/png';
      thumb: GrabbedThumb | null;
    }
  | { ok: false; reason: 'no-video' | 'not-ready' | 'ad' }
  | { ok: false; reason: 'tainted'; rect: FrameRect; width: number; height: number };

/**
 * `videoSelector`, `adSelector`: src/capture/youtube/selectors.ts's; `maxChars`: the data URL's budget;
 * `thumbWidth`: the thumbnail's width at most.
 */
export function grabFrame(
  videoSelector: string,
  adSelector: string,
  maxChars: number,
  thumbWidth: number,
): GrabbedFrame {
  const videos = [...document.querySelectorAll<HTMLVideoElement>(videoSelector)].filter(
    (v) => !v.closest('ytd-miniplayer, .ytdMiniplayerComponentHost, [hidden]'),
  );
  const video = videos.sort((a, b) => b.clientWidth * b.clientHeight - a.clientWidth * a.clientHeight)[0];
  if (!video) return { ok: false, reason: 'no-video' };
  if (video.closest(adSelector)) return { ok: false, reason: 'ad' };
  const width = video.videoWidth;
  const height = video.videoHeight;
  if (!width || !height || video.readyState < 2) return { ok: false, reason: 'not-ready' };
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return { ok: false, reason: 'not-ready' };
  context.drawImage(video, 0, 0, width, height);
  try {
    // The thumbnail from the frame already drawn: the panel shows it without reading the full image back.
    const small = document.createElement('canvas');
    small.width = Math.min(thumbWidth, width);
    small.height = Math.max(1, Math.round((height * small.width) / width));
    const smallContext = small.getContext('2d');
    let thumb: GrabbedThumb | null = null;
    if (smallContext) {
      smallContext.imageSmoothingQuality = 'high';
      smallContext.drawImage(canvas, 0, 0, small.width, small.height);
      const webp = small.toDataURL('image/webp', 0.7);
      const dataUrl = webp.startsWith('data:image/webp') ? webp : small.toDataURL('image/png');
      thumb = { dataUrl, width: small.width, height: small.height };
    }
    // WebP at falling quality until it fits; a browser without a WebP encoder gives PNG (the data URL says so).
    for (const quality of [0.85, 0.75, 0.6, 0.45]) {
      const dataUrl = canvas.toDataURL('image/webp', quality);
      if (!dataUrl.startsWith('data:image/webp')) {
        return { ok: true, dataUrl: canvas.toDataURL('image/png'), width, height, mime: 'image/png', thumb };
      }
      if (dataUrl.length <= maxChars || quality === 0.45) {
        return { ok: true, dataUrl, width, height, mime: 'image/webp', thumb };
      }
    }
  } catch {
    // A tainted canvas refuses to be read (SecurityError): the background captures the screen instead.
  }
  const box = video.getBoundingClientRect();
  const rect = { x: box.left, y: box.top, width: box.width, height: box.height, scale: window.devicePixelRatio || 1 };
  return { ok: false, reason: 'tainted', rect, width, height };
}
