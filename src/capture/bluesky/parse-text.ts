/**
 * A Bluesky post's text element to PostParts, in order: mentions (links to `/profile/…`, the handle as shown),
 * hashtags (`/hashtag/…`), links (their real address; the text bsky.app shortened as shown), line breaks, and
 * emoji as the characters they are. Anything else (an unknown link, a `javascript:` href) stays plain text.
 */
import type { PostPart } from '../../model/types';
import { safeHttpUrl } from '../../model/safe-url';
import { postParts } from '../post-text';
import { readableText, type ElementNode } from '../tweet/node';
import { HASHTAG_PATH, PROFILE_PATH } from './selectors';

export function parseBlueskyText(el: ElementNode, base: string): PostPart[] {
  const { parts, text: pushText, add } = postParts();
  const walk = (node: ElementNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) pushText(String(child.data));
      if (child.nodeType !== 1) continue;
      const c = child as ElementNode;
      if (c.localName === 'br') pushText('\n');
      else if (c.localName === 'img') pushText(c.getAttribute('alt') ?? '');
      else if (c.localName === 'a') add(linkPart(c, base));
      else if (c.localName !== 'svg' && c.localName !== 'script' && c.localName !== 'style') walk(c);
    }
  };
  walk(el);
  return parts;
}

function linkPart(a: ElementNode, base: string): PostPart {
  const text = readableText(a);
  const href = safeHttpUrl(a.getAttribute('href'), base);
  if (href === null) return { type: 'text', text };
  const url = new URL(href);
  if (url.hostname === 'bsky.app') {
    const tag = HASHTAG_PATH.exec(url.pathname);
    if (tag && text.startsWith('#')) return { type: 'hashtag', text, tag: decodeURIComponent(tag[1]!) };
    // A mention's link names the DID or the handle; the handle is what the text shows.
    if (PROFILE_PATH.test(url.pathname) && text.startsWith('@'))
      return { type: 'mention', text, handle: text.slice(1) };
  }
  return { type: 'url', text, href };
}
