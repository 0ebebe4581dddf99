/**
 * "Snapshot" (the panel's and popup's button, the `snapshot` command): the context tab's frame at this moment,
 * filed as a note is. The frame is grabbed by a function injected into the tab on the click (frame-grab.ts); where
 * the page's canvas is tainted, the visible tab is captured and cropped to the video instead. Refused with the
 * reason, storing nothing, when there is no talk video or an ad plays.
 */
import browser from 'webextension-polyfill';
import { YT } from '../capture/youtube/selectors';
import type { FiledNote } from '../messages';
import { THUMB_WIDTH, type SnapshotImage } from '../store/images';
import type { StoredThumb } from '../store/schema';
import { base64ToBytes } from '../backup/base64';
import { currentContext, freezeMoment } from './context-handlers';
import { grabFrame, type FrameRect, type GrabbedFrame, type GrabbedThumb } from './frame-grab';
import { thumbOf } from './thumbs';
import type { Handlers } from './handlers';
import { theOwner } from './owner';
import { announcements } from './announce';

/** About 300 KB of WebP, as base64 in a data URL. */
const MAX_DATA_URL_CHARS = 400_000;

const REFUSED: Record<'no-video' | 'not-ready' | 'ad', string> = {
  'no-video': 'there is no talk video in the tab to take it from.',
  'not-ready': 'the video has no frame to show yet; try again once it plays.',
  ad: 'an ad is playing; take it when the talk is back.',
};

function bytesOf(dataUrl: string): Uint8Array<ArrayBuffer> {
  return base64ToBytes(dataUrl.slice(dataUrl.indexOf(',') + 1));
}

function fromDataUrl(dataUrl: string, mime: 'image/webp' | 'image/png'): Blob {
  return new Blob([bytesOf(dataUrl)], { type: mime });
}

function thumbFromPage({ dataUrl, width, height }: GrabbedThumb): StoredThumb {
  const mime = dataUrl.startsWith('data:image/webp') ? 'image/webp' : 'image/png';
  return { bytes: bytesOf(dataUrl).buffer, width, height, mime };
}

/** The browser refused to capture the screen: Confnotes has neither activeTab for the tab nor `<all_urls>`. */
class ScreenPermissionError extends Error {}

/** The video's rectangle of a capture of the visible tab, at the screen's pixels, as WebP, with its thumbnail. */
async function screenFrame(windowId: number | undefined, rect: FrameRect): Promise<SnapshotImage> {
  const shot = await browser.tabs
    .captureVisibleTab(windowId ?? browser.windows.WINDOW_ID_CURRENT, { format: 'png' })
    .catch((error: unknown) => {
      // Chrome: "Either the '<all_urls>' or 'activeTab' permission is required."; Firefox words it alike.
      if (/<all_urls>|activeTab|permission/i.test(String(error))) throw new ScreenPermissionError(String(error));
      throw error;
    });
  const bitmap = await createImageBitmap(fromDataUrl(shot, 'image/png'));
  const x = Math.max(0, Math.round(rect.x * rect.scale));
  const y = Math.max(0, Math.round(rect.y * rect.scale));
  const width = Math.min(bitmap.width - x, Math.round(rect.width * rect.scale));
  const height = Math.min(bitmap.height - y, Math.round(rect.height * rect.scale));
  if (width < 1 || height < 1) throw new Error('the video is not on screen.');
  const canvas = new OffscreenCanvas(width, height);
  canvas.getContext('2d')!.drawImage(bitmap, x, y, width, height, 0, 0, width, height);
  const [blob, thumb] = await Promise.all([
    canvas.convertToBlob({ type: 'image/webp', quality: 0.8 }),
    thumbOf(canvas),
  ]);
  return { blob, width, height, mime: blob.type === 'image/webp' ? 'image/webp' : 'image/png', thumb };
}

export async function takeSnapshot(text: string): Promise<FiledNote & { from: 'video' | 'screen' }> {
  const context = await currentContext();
  const state = context?.youtube;
  if (!context || !state?.videoId) throw new Error(REFUSED['no-video']);
  if (state.adPlaying) throw new Error(REFUSED.ad);
  // The moment and the frame at once: the grab (its WebP encoding) is most of a snapshot's time.
  const [frozen, [injected]] = await Promise.all([
    freezeMoment(false),
    browser.scripting.executeScript({
      target: { tabId: context.tabId },
      func: grabFrame,
      args: [YT.video, '.ad-showing', MAX_DATA_URL_CHARS, THUMB_WIDTH],
    }),
  ]);
  const grabbed = injected?.result as GrabbedFrame | undefined;
  if (!grabbed) throw new Error('the tab did not answer.');
  let image: SnapshotImage;
  let from: 'video' | 'screen' = 'video';
  if (grabbed.ok) {
    const { dataUrl, width, height, mime, thumb } = grabbed;
    image = {
      blob: fromDataUrl(dataUrl, mime),
      width,
      height,
      mime,
      ...(thumb ? { thumb: thumbFromPage(thumb) } : {}),
    };
  } else if (grabbed.reason === 'tainted') {
    const tab = await browser.tabs.get(context.tabId);
    // The capture is of the window's visible tab: another tab shown there would be cropped instead of the talk.
    if (!tab.active) throw new Error("the page refuses its video frame, and the talk's tab is not the one on screen.");
    image = await screenFrame(tab.windowId, grabbed.rect);
    from = 'screen';
  } else {
    throw new Error(REFUSED[grabbed.reason]);
  }
  const { note, filed } = await (await theOwner()).captureSnapshot(String(text), frozen, image);
  return { note, sectionTitle: filed.section.title, from };
}

export const snapshotHandlers: Handlers<'snapshot/take'> = {
  'snapshot/take': async ({ text }) => {
    try {
      return { value: await takeSnapshot(typeof text === 'string' ? text : ''), seq: announcements.seq };
    } catch (error) {
      // Nothing was stored (note and image are one transaction); the page keeps what was typed.
      if (error instanceof ScreenPermissionError)
        return {
          error:
            'Snapshot refused: the page does not let its video frame be read, and capturing the screen instead needs your permission.',
          screenPermission: true as const,
        };
      if (error instanceof DOMException && error.name === 'QuotaExceededError')
        return { error: 'Snapshot not saved: the browser has no room left for it (see Storage on the options page).' };
      return { error: `Snapshot refused: ${error instanceof Error ? error.message : String(error)}` };
    }
  },
};
