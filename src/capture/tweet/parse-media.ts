/**
 * A tweet's photos and videos. Photos come at full size (upgraded from the timeline's small rendition); a photo
 * whose image had not loaded is kept as its page on X, marked unloaded. A video is shown as a poster with a play
 * button and a duration: either a player element, or (older markup) a photo block whose image says "Embedded
 * video" and holds the duration. Only http(s) sources are kept.
 */
import { safeHttpUrl } from '../../model/safe-url';
import type { PostMedia } from '../../model/types';
import { all, attr, closest, first, resolveUrl, type ElementNode, type Test } from './node';
import { textLines } from './lines';
import { DURATION, IMG, LINK, PHOTO, PHOTO_PATH, VIDEO, X_HOSTS } from './selectors';

export function parseMedia(root: ElementNode, skip: Test, base: string, statusUrl: string): PostMedia[] {
  const media: PostMedia[] = [];
  const blocks = all(root, (el) => PHOTO(el) || VIDEO(el), skip).filter(
    (el) => !closest(el.parentElement, (p) => PHOTO(p) || VIDEO(p), root),
  );
  for (const block of blocks) {
    const img = first(block, IMG);
    const video = first(block, (el) => el.localName === 'video');
    const duration = textLines(block).find((l) => DURATION.test(l));
    // An image not loaded yet leaves its alt text on the block's label.
    const alt = attr(video, 'aria-label') || attr(img, 'alt') || attr(block, 'aria-label');
    if (first(block, VIDEO) || VIDEO(block) || video || duration || /^(Embedded video|GIF)$/i.test(alt)) {
      const poster =
        safeHttpUrl(video?.getAttribute('poster') ?? null, base) ?? safeHttpUrl(img?.getAttribute('src') ?? null, base);
      media.push({
        type: 'video',
        url: statusUrl,
        ...(poster ? { poster } : {}),
        ...(duration ? { duration } : {}),
      });
      continue;
    }
    const src = safeHttpUrl(img?.getAttribute('src') ?? null, base);
    const text = alt && alt !== 'Image' ? { alt } : {};
    if (src && !src.startsWith('data:')) media.push({ type: 'photo', url: fullSize(src), ...text });
    else {
      const page = photoPage(block, base);
      if (page) media.push({ type: 'photo', url: page, unloaded: true, ...text });
    }
  }
  return media;
}

/** The photo's own page (`/handle/status/id/photo/n`) from the link around or inside the block. */
function photoPage(block: ElementNode, base: string): string | null {
  const link = closest(block, LINK) ?? first(block, LINK);
  const url = resolveUrl(link?.getAttribute('href') ?? null, base);
  return url && X_HOSTS.test(url.hostname) && PHOTO_PATH.test(url.pathname) ? `https://x.com${url.pathname}` : null;
}

/** pbs.twimg.com serves sizes by `name=`: the timeline shows `small`/`medium`, `orig` is the full photo. */
export function fullSize(src: string): string {
  const url = new URL(src);
  if (url.hostname !== 'pbs.twimg.com' || !url.searchParams.has('name')) return src;
  url.searchParams.set('name', 'orig');
  return url.href;
}
