/**
 * A tweet's text element (`[data-testid="tweetText"]`) to TweetParts, in order. X shows a link's URL shortened:
 * the `t.co` href, with the full URL split into visible and `aria-hidden` spans (`https://` hidden, the tail
 * hidden behind a `…`). We keep what was shown, the t.co href and the expanded URL. Mentions, hashtags and
 * cashtags are X's own relative links. Anything else (an unknown link, a `javascript:` href) stays plain text.
 */
import type { TweetPart } from '../../model/types';
import { readableText, resolveUrl } from './dom-text';
import { PROFILE_PATH, X_HOSTS } from './selectors';

export function parseTweetText(el: Element, base: string): TweetPart[] {
  const parts: TweetPart[] = [];
  const pushText = (text: string) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last?.type === 'text') last.text += text;
    else parts.push({ type: 'text', text });
  };
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) pushText((child as Text).data);
      if (child.nodeType !== 1) continue;
      const tag = (child as Element).localName;
      if (tag === 'br') pushText('\n');
      else if (tag === 'img') {
        const alt = (child as Element).getAttribute('alt');
        if (alt) parts.push({ type: 'emoji', text: alt });
      } else if (tag === 'a') {
        const part = linkPart(child as Element, base);
        if (part.type === 'text') pushText(part.text);
        else parts.push(part);
      } else if (tag !== 'svg' && tag !== 'script' && tag !== 'style') walk(child);
    }
  };
  walk(el);
  return parts;
}

function linkPart(a: Element, base: string): TweetPart {
  const text = readableText(a);
  const url = resolveUrl(a.getAttribute('href'), base);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return { type: 'text', text };
  if (X_HOSTS.test(url.hostname)) {
    const path = url.pathname;
    const hashtag = /^\/hashtag\/([^/]+)$/.exec(path);
    if (hashtag && /^[#＃]/.test(text)) return { type: 'hashtag', text, tag: decode(hashtag[1]!) };
    const q = url.searchParams.get('q');
    if (path === '/search' && q && /^\$/.test(q) && /^\$/.test(text)) return { type: 'cashtag', text, symbol: q.slice(1) };
    const profile = PROFILE_PATH.exec(path);
    if (profile && /^[@＠]/.test(text)) return { type: 'mention', text, handle: profile[1]! };
    // Other links to X itself (a status URL written out) are shown as X shows them.
  }
  return { type: 'url', ...shownAndExpanded(a), href: url.href };
}

/** The URL as shown (visible spans, plus `…` when cut) and in full (all spans), when the full one is a URL. */
function shownAndExpanded(a: Element): { text: string; expanded?: string } {
  let shown = '';
  let full = '';
  let cut = false;
  const texts = a.ownerDocument.createTreeWalker(a, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    const data = (node as Text).data;
    const hider = node.parentElement?.closest('[aria-hidden="true"]');
    const hidden = !!hider && a.contains(hider);
    if (hidden && data === '…') cut = true;
    else {
      full += data;
      if (!hidden) shown += data;
    }
  }
  const text = (shown || full) + (cut ? '…' : '');
  return /^https?:\/\/\S+$/.test(full) ? { text, expanded: full } : { text };
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
