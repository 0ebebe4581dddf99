/**
 * An X Article (a long-form post): a title, a cover image and rich text, and no tweet text at all. On its own page
 * the title and the rich text have their own test ids, the text in blocks (paragraphs, headings, list items); in
 * a timeline X shows the cover image with the title and the first lines under it.
 */
import { safeHttpUrl } from '../../model/safe-url';
import type { PostArticle } from '../../model/types';
import { all, attr, children, closest, first, readableText, squash, type ElementNode, type Test } from './node';
import { textLines } from './lines';
import { ARTICLE_BODY, ARTICLE_COVER, ARTICLE_TITLE, IMG, USER_NAME } from './selectors';

/** The article, null when the tweet is not one, or `{ title: '' }` when it is one we could not read. */
export function parseArticle(root: ElementNode, skip: Test, base: string): PostArticle | null {
  const titleEl = first(root, ARTICLE_TITLE, skip);
  const bodyEl = first(root, ARTICLE_BODY, skip);
  const coverEl = first(root, ARTICLE_COVER, skip);
  if (!titleEl && !bodyEl && !coverEl) return null;
  const cover = safeHttpUrl(
    (coverEl && (IMG(coverEl) ? coverEl : first(coverEl, IMG)))?.getAttribute('src') ?? null,
    base,
  );
  const withCover = (a: PostArticle): PostArticle => (cover ? { ...a, cover } : a);
  if (titleEl || bodyEl) {
    return withCover({ title: titleEl ? squash(readableText(titleEl)) : '', body: bodyEl ? blocks(bodyEl) : '' });
  }
  // A timeline preview: the lines after the cover, in the block that holds the cover and the text.
  // Up from the cover to the block with text, never as far as the tweet's own header.
  let box = coverEl!;
  while (box.parentElement && box !== root && textLines(box).length === 0 && !first(box.parentElement, USER_NAME)) {
    box = box.parentElement;
  }
  const lines = textLines(box, (el) => !!closest(el, (p) => p === coverEl));
  return withCover({ title: lines[0] ?? '', body: lines.slice(1).join('\n\n') });
}

/** The rich text as paragraphs: each block (`data-block`, else each child) one paragraph. */
function blocks(body: ElementNode): string {
  const marked = all(body, (el) => attr(el, 'data-block') === 'true');
  const parts =
    marked.length > 0 ? marked : children(body).length === 1 ? children(children(body)[0]!) : children(body);
  return parts
    .map((b) => squash(readableText(b)))
    .filter(Boolean)
    .join('\n\n');
}
