/**
 * What a status shows beside its text: photos (`.media-gallery__item`, each a link to the full-size file around the
 * preview `<img alt>`), GIFs and videos (played on the post's page), and a link's preview card (`.status-card`).
 * Media the page hides (a sensitive post's photos before "Show") have no link or image in the page: reported as
 * `unreadable` so the clip is marked incomplete rather than silently without them.
 */
import type { PostMedia, PostPartName } from '../../model/types';
import { safeHttpUrl } from '../../model/safe-url';
import { all, attr, first, readableText, squash, tag, type ElementNode, type Test } from '../tweet/node';
import { CARD, CARD_DESCRIPTION, CARD_HOST, CARD_TITLE, GALLERY_ITEM, GIFV, PHOTO_LINK, VIDEO } from './selectors';

export function parseMedia(
  root: ElementNode,
  skip: Test,
  base: string,
  postUrl: string,
): { media: PostMedia[]; unreadable: PostPartName[] } {
  const media: PostMedia[] = [];
  const unreadable = new Set<PostPartName>();
  for (const item of all(root, GALLERY_ITEM, skip)) {
    const link = first(item, PHOTO_LINK);
    const img = link && first(link, tag('img'));
    const gif = first(item, GIFV);
    const full = link ? safeHttpUrl(link.getAttribute('href'), base) : null;
    if (full && img) media.push(withAlt({ type: 'photo', url: full }, attr(img, 'alt')));
    else if (gif && postUrl) media.push(withAlt({ type: 'video', url: postUrl }, attr(gif, 'aria-label')));
    else unreadable.add('photo');
  }
  for (const player of all(root, VIDEO, skip)) {
    const video = first(player, tag('video'));
    const poster = safeHttpUrl(video?.getAttribute('poster') ?? null, base);
    if (!postUrl) unreadable.add('video');
    else {
      const item: PostMedia = { type: 'video', url: postUrl };
      if (poster) item.poster = poster;
      media.push(withAlt(item, attr(video, 'aria-label') || attr(video, 'title')));
    }
  }
  for (const card of all(root, CARD, skip)) {
    const link = first(card, tag('a'));
    const url = safeHttpUrl(link?.getAttribute('href') ?? attr(card, 'href'), base);
    if (!url) {
      unreadable.add('card');
      continue;
    }
    const item: PostMedia = { type: 'card', url };
    const text = (test: Test) => {
      const el = first(card, test);
      return el ? squash(readableText(el)) : '';
    };
    const image = safeHttpUrl(first(card, tag('img'))?.getAttribute('src') ?? null, base);
    if (image) item.image = image;
    if (text(CARD_HOST)) item.domain = text(CARD_HOST);
    if (text(CARD_TITLE)) item.title = text(CARD_TITLE);
    if (text(CARD_DESCRIPTION)) item.description = text(CARD_DESCRIPTION);
    media.push(item);
  }
  return { media, unreadable: [...unreadable] };
}

function withAlt(item: PostMedia, alt: string): PostMedia {
  const text = alt.trim();
  return text ? { ...item, alt: text } : item;
}
