/**
 * A status's text element (`.status__content__text`) to PostParts, in order. Mastodon's HTML is the server's
 * sanitised post: paragraphs (`<p>`, a blank line between them), `<br>`, links, mentions
 * (`a.u-url.mention` to the account's page), hashtags (`a.mention.hashtag` to `/tags/…`), custom emoji
 * (`img.emojione` with `:shortcode:` as alt). A long link shows only its middle: its `https://` and tail are
 * `span.invisible`, and the shown part (`span.ellipsis`) ends in a CSS ellipsis. We keep what was shown, the href
 * and the link in full. Anything else (a `javascript:` href) stays plain text.
 */
import type { PostPart } from '../../model/types';
import { safeHttpUrl } from '../../model/safe-url';
import { readableText, type ElementNode } from '../tweet/node';
import { ACCOUNT_PATH, ELLIPSIS, hasClass, INVISIBLE } from './selectors';

export function parseStatusText(el: ElementNode, base: string): PostPart[] {
  const parts: PostPart[] = [];
  const pushText = (text: string) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last?.type === 'text') last.text += text;
    else parts.push({ type: 'text', text });
  };
  let paragraphs = 0;
  const walk = (node: ElementNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) pushText(String(child.data));
      if (child.nodeType !== 1) continue;
      const c = child as ElementNode;
      const name = c.localName;
      if (name === 'br') pushText('\n');
      else if (name === 'p') {
        if (paragraphs++ > 0) pushText('\n\n');
        walk(c);
      } else if (name === 'img') {
        const alt = c.getAttribute('alt');
        if (alt) parts.push({ type: 'emoji', text: alt });
      } else if (name === 'a') {
        const part = linkPart(c, base);
        if (part.type === 'text') pushText(part.text);
        else parts.push(part);
      } else if (name !== 'svg' && name !== 'script' && name !== 'style' && name !== 'button') walk(c);
    }
  };
  walk(el);
  return parts;
}

function linkPart(a: ElementNode, base: string): PostPart {
  const text = readableText(a);
  const href = safeHttpUrl(a.getAttribute('href'), base);
  if (href === null) return { type: 'text', text };
  if (hasClass(a, 'hashtag') && /^[#＃]/.test(text)) return { type: 'hashtag', text, tag: text.slice(1) };
  if (hasClass(a, 'mention') && /^[@＠]/.test(text)) {
    const url = new URL(href);
    const account = ACCOUNT_PATH.exec(url.pathname)?.[1];
    // `@user` on the account's own instance: `user@instance`. A profile elsewhere (`/users/x`) keeps what was shown.
    const handle = account ? (account.includes('@') ? account : `${account}@${url.hostname}`) : text.slice(1);
    return { type: 'mention', text, handle };
  }
  return { type: 'url', ...shownAndFull(a), href };
}

/** The link as shown (without its invisible parts, `…` where Mastodon cuts it) and in full, when that is a URL. */
function shownAndFull(a: ElementNode): { text: string; expanded?: string } {
  let shown = '';
  let full = '';
  let cut = false;
  const walk = (el: ElementNode, hidden: boolean) => {
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === 1) {
        const c = child as ElementNode;
        if (c.localName === 'img') full += c.getAttribute('alt') ?? '';
        else {
          if (ELLIPSIS(c)) cut = true;
          walk(c, hidden || INVISIBLE(c));
        }
        continue;
      }
      if (child.nodeType !== 3) continue;
      const data = String(child.data);
      full += data;
      if (!hidden) shown += data;
    }
  };
  walk(a, false);
  // The ellipsis is Mastodon's CSS: it shows only when something after the shown part is hidden.
  const text = (shown || full) + (cut && shown !== full ? '…' : '');
  return safeHttpUrl(full) && !/\s/.test(full) ? { text, expanded: full } : { text };
}
