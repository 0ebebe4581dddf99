/**
 * A tweet's text element (`[data-testid="tweetText"]`) to TweetParts, in order. X shows a link's URL shortened:
 * the `t.co` href, with the full URL split into visible and `aria-hidden` spans (`https://` hidden, the tail
 * hidden behind a `…`). We keep what was shown, the t.co href and the expanded URL. Mentions, hashtags and
 * cashtags are X's own relative links. Anything else (an unknown link, a `javascript:` href) stays plain text.
 * "Show more" is not text: older markup puts it inside the text element (as a button, or a link to the tweet
 * itself); it is left out and reported as `truncated`.
 */
import type { PostPart } from '../../model/types';
import { safeHttpUrl } from '../../model/safe-url';
import { linkTexts, postParts, withExpanded } from '../post-text';
import { attr, readableText, resolveUrl, type ElementNode } from './node';
import { PROFILE_PATH, SHOW_MORE, STATUS_PATH, X_HOSTS } from './selectors';

export function parseTweetText(el: ElementNode, base: string, ownId = ''): { parts: PostPart[]; truncated: boolean } {
  const { parts, text: pushText, add } = postParts();
  let truncated = false;
  const walk = (node: ElementNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) pushText(String(child.data));
      if (child.nodeType !== 1) continue;
      const c = child as ElementNode;
      const name = c.localName;
      if (SHOW_MORE(c) || (name === 'a' && isShowMoreLink(c, base, ownId))) truncated = true;
      else if (name === 'br') pushText('\n');
      else if (name === 'img') {
        const alt = c.getAttribute('alt');
        if (alt) parts.push({ type: 'emoji', text: alt });
      } else if (name === 'a') add(linkPart(c, base));
      else if (name !== 'svg' && name !== 'script' && name !== 'style') walk(c);
    }
  };
  walk(el);
  const last = parts[parts.length - 1];
  // The text before an inline "Show more" ends with the ellipsis X cut it at.
  if (truncated && last?.type === 'text') last.text = last.text.replace(/\s*…?\s*$/, '') || last.text;
  return { parts, truncated };
}

/** A link to this very tweet whose text is not a URL: the older markup's "Show more". */
function isShowMoreLink(a: ElementNode, base: string, ownId: string): boolean {
  const url = resolveUrl(a.getAttribute('href'), base);
  const status = url && X_HOSTS.test(url.hostname) ? STATUS_PATH.exec(url.pathname) : null;
  return !!status && (!ownId || status[2] === ownId) && !/[./]/.test(readableText(a));
}

function linkPart(a: ElementNode, base: string): PostPart {
  const text = readableText(a);
  const href = safeHttpUrl(a.getAttribute('href'), base);
  if (href === null) return { type: 'text', text };
  const url = new URL(href);
  if (X_HOSTS.test(url.hostname)) {
    const path = url.pathname;
    const hashtag = /^\/hashtag\/([^/]+)$/.exec(path);
    if (hashtag && /^[#＃]/.test(text)) return { type: 'hashtag', text, tag: decode(hashtag[1]!) };
    const q = url.searchParams.get('q');
    if (path === '/search' && q && /^\$/.test(q) && /^\$/.test(text))
      return { type: 'cashtag', text, symbol: q.slice(1) };
    const profile = PROFILE_PATH.exec(path);
    if (profile && /^[@＠]/.test(text)) return { type: 'mention', text, handle: profile[1]! };
    // Other links to X itself (a status URL written out) are shown as X shows them.
  }
  return { type: 'url', ...shownAndExpanded(a), href };
}

/** The URL as shown (visible spans, plus `…` when cut) and in full (all spans), when the full one is a URL. */
function shownAndExpanded(a: ElementNode): { text: string; expanded?: string } {
  const { shown, full, cut } = linkTexts(a, (el) => attr(el, 'aria-hidden') === 'true');
  // The address written out in full, as X shows it (one word): kept as the link's text, checked as any address.
  return withExpanded((shown || full) + (cut ? '…' : ''), full);
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s; // a broken %-sequence stays as X wrote it
  }
}
