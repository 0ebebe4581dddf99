/**
 * A tweet's media: photos (upgraded from the timeline's small rendition to the original), a video's poster
 * frame, and a link card. Only http(s) sources are kept.
 */
import type { TweetMedia } from '../../model/types';
import { httpUrl, own, ownAll, readableText } from './dom-text';
import { CARD, CARD_DETAIL, PHOTO, VIDEO } from './selectors';

export function parseMedia(root: Element, exclude: Element | null, base: string): TweetMedia[] {
  const media: TweetMedia[] = [];
  for (const photo of ownAll(root, PHOTO, exclude)) {
    if (photo.querySelector(VIDEO) || photo.closest(VIDEO)) continue;
    const img = photo.querySelector('img');
    const url = httpUrl(img?.getAttribute('src') ?? null, base);
    if (!url) continue;
    const alt = img?.getAttribute('alt') ?? '';
    media.push(alt && alt !== 'Image' ? { type: 'photo', url: fullSize(url), alt } : { type: 'photo', url: fullSize(url) });
  }
  for (const player of ownAll(root, VIDEO, exclude)) {
    if (player.parentElement?.closest(VIDEO)) continue;
    const poster = httpUrl(player.querySelector('video')?.getAttribute('poster') ?? null, base)
      ?? httpUrl(player.querySelector('img')?.getAttribute('src') ?? null, base);
    if (poster) media.push({ type: 'video', url: poster });
  }
  const card = own(root, CARD, exclude);
  if (card) {
    const link = card.querySelector('a[href]');
    const href = httpUrl(link?.getAttribute('href') ?? null, base);
    const image = httpUrl(card.querySelector('img')?.getAttribute('src') ?? null, base);
    const title = cardTitle(card, link);
    if (href) media.push({ type: 'card', url: image ?? href, href, ...(title ? { title } : {}) });
  }
  return media;
}

/** pbs.twimg.com serves sizes by `name=`: the timeline shows `small`/`medium`, `orig` is the full photo. */
export function fullSize(src: string): string {
  const url = new URL(src);
  if (url.hostname !== 'pbs.twimg.com' || !url.searchParams.has('name')) return src;
  url.searchParams.set('name', 'orig');
  return url.href;
}

/**
 * Small cards show domain, title, description in their detail block; large ones only an aria-label
 * "domain title", with the domain also shown on the image.
 */
function cardTitle(card: Element, link: Element | null): string {
  const lines = [...(card.querySelector(CARD_DETAIL)?.children ?? [])].map((c) => readableText(c).trim()).filter(Boolean);
  if (lines.length > 1) return lines[1]!;
  const label = (link?.getAttribute('aria-label') ?? lines[0] ?? '').trim();
  const domain = readableText(card.querySelector('span') ?? card).trim();
  return domain && label.startsWith(`${domain} `) ? label.slice(domain.length + 1) : label;
}
