/**
 * What the three networks' text parsers (X, Bluesky, Mastodon) do alike: collecting a post's text parts in order
 * (adjacent text joined into one part), and reading a link whose address the site shows cut short. Each site keeps
 * its own rules for which link is a mention or a hashtag and how its cut is marked.
 */
import type { PostPart } from '../model/types';
import { safeHttpUrl } from '../model/safe-url';
import type { ElementNode } from './tweet/node';

/** A post's parts as they are read; `add` takes a link's part, which is plain text when the link was unsafe. */
export function postParts() {
  const parts: PostPart[] = [];
  const text = (value: string) => {
    if (!value) return;
    const last = parts[parts.length - 1];
    if (last?.type === 'text') last.text += value;
    else parts.push({ type: 'text', text: value });
  };
  const add = (part: PostPart) => (part.type === 'text' ? text(part.text) : parts.push(part));
  return { parts, text, add };
}

/**
 * A link's text as shown and in full. Text inside an element the site hides (`hidden`) is in `full` only; an image
 * counts by its alt text, in full only. `cut` is true when the site marked the shown text as cut: an element that
 * is its ellipsis (`ellipsis`: Mastodon's, drawn by CSS), or a hidden `…` (X's, which is then in neither text).
 */
export function linkTexts(
  a: ElementNode,
  hidden: (el: ElementNode) => boolean,
  ellipsis: (el: ElementNode) => boolean = () => false,
): { shown: string; full: string; cut: boolean } {
  let shown = '';
  let full = '';
  let cut = false;
  const walk = (el: ElementNode, inHidden: boolean) => {
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === 1) {
        const c = child as ElementNode;
        if (c.localName === 'img') full += c.getAttribute('alt') ?? '';
        else {
          if (ellipsis(c)) cut = true;
          walk(c, inHidden || hidden(c));
        }
        continue;
      }
      if (child.nodeType !== 3) continue;
      const data = String(child.data);
      if (inHidden && data === '…') cut = true;
      else {
        full += data;
        if (!inHidden) shown += data;
      }
    }
  };
  walk(a, false);
  return { shown, full, cut };
}

/** The link's text, with the address in full beside it when that is one (one word, a safe http(s) address). */
export function withExpanded(text: string, full: string): { text: string; expanded?: string } {
  return safeHttpUrl(full) && !/\s/.test(full) ? { text, expanded: full } : { text };
}
