/**
 * What a Bluesky post shows beside its text, read from bsky.app's markup (src/capture/bluesky/selectors.ts): photos
 * at full size with their alt text, link cards (an external embed: its link, thumbnail, title, description and
 * domain) and videos (played on the post's page: its poster and alt text). The author's avatar gives the DID.
 */
import { didInImage } from '../../model/bluesky';
import { safeHttpUrl } from '../../model/safe-url';
import type { PostMedia, PostPartName } from '../../model/types';
import { all, attr, children, closest, first, readableText, resolveUrl, squash, type ElementNode } from '../tweet/node';
import { CAPTION, CDN_IMAGE, FIGURE, IMG, LINE, LINK, TEXT, VIDEO } from './selectors';

type Skip = (el: ElementNode) => boolean;

/**
 * A link card: a link out of bsky.app outside the text, holding blocks (a link in a line of text, such as a thread
 * post's "Translate", holds only text).
 */
function isCard(a: ElementNode, base: string): boolean {
  const url = resolveUrl(a.getAttribute('href'), base);
  return !!url && url.hostname !== 'bsky.app' && children(a).some((c) => c.localName === 'div');
}

function card(a: ElementNode, base: string): PostMedia | null {
  const url = safeHttpUrl(a.getAttribute('href'), base);
  if (!url) return null;
  const item: PostMedia = { type: 'card', url };
  const image = safeHttpUrl(first(a, IMG)?.getAttribute('src') ?? null, base);
  if (image) item.image = image;
  // Its lines in order: the title (or the address when it has none), the description when it has one, the domain.
  const lines = all(a, LINE)
    .map((el) => squash(readableText(el)))
    .filter(Boolean);
  const domain = lines.length > 1 ? lines.pop()! : '';
  const [title, ...rest] = lines;
  if (title) item.title = title;
  if (rest.length > 0) item.description = rest.join('\n');
  if (domain) item.domain = domain;
  return item;
}

function video(el: ElementNode, base: string): PostMedia {
  const item: PostMedia = { type: 'video', url: '' };
  const poster = safeHttpUrl(el.getAttribute('poster'), base);
  if (poster) item.poster = poster;
  const figure = closest(el, FIGURE);
  const caption = figure ? first(figure, CAPTION) : null;
  const alt = caption ? squash(readableText(caption)) : '';
  if (alt) item.alt = alt;
  return item;
}

/**
 * The post's photos, cards and videos in the page's order, outside `skip` (its quoted post) and its text. A video
 * plays on the post's page, `postUrl(did)` once the avatar named the DID; without one it is named in `unreadable`.
 */
export function parseEmbeds(
  root: ElementNode,
  skip: Skip,
  base: string,
  postUrl: (did: string) => string,
): { media: PostMedia[]; did: string; unreadable: PostPartName[] } {
  const media: PostMedia[] = [];
  const unreadable: PostPartName[] = [];
  let did = '';
  const cards = all(root, LINK, (el) => skip(el) || TEXT(el)).filter((a) => isCard(a, base));
  const inCard = (el: ElementNode) => cards.some((c) => closest(el, (at) => at === c, root));
  const found = all(
    root,
    (el) => IMG(el) || VIDEO(el) || cards.includes(el),
    (el) => skip(el) || TEXT(el),
  );
  for (const el of found) {
    if (cards.includes(el)) {
      const item = card(el, base);
      if (item) media.push(item);
    } else if (VIDEO(el)) {
      media.push(video(el, base));
    } else if (!inCard(el)) {
      const src = attr(el, 'src');
      const kind = CDN_IMAGE.exec(src)?.[1] ?? '';
      if (!did && kind.startsWith('avatar')) did = didInImage(src);
      if (kind !== 'feed_thumbnail' && kind !== 'feed_fullsize') continue;
      // The timeline shows a thumbnail; the same address with `feed_fullsize` is the photo at full size.
      const alt = attr(el, 'alt');
      media.push({
        type: 'photo',
        url: src.replace('/img/feed_thumbnail/', '/img/feed_fullsize/'),
        ...(alt ? { alt } : {}),
      });
    }
  }
  const page = postUrl(did);
  for (const item of media) if (item.type === 'video') item.url = page;
  if (!page && media.some((m) => m.type === 'video')) unreadable.push('video');
  return { media: page ? media : media.filter((m) => m.type !== 'video'), did, unreadable };
}
