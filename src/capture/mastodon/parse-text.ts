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
import { linkTexts, postParts, withExpanded } from '../post-text';
import { readableText, type ElementNode } from '../tweet/node';
import { ACCOUNT_PATH, ELLIPSIS, hasClass, INVISIBLE } from './selectors';

export function parseStatusText(el: ElementNode, base: string): PostPart[] {
  const { parts, text: pushText, add } = postParts();
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
      } else if (name === 'a') add(linkPart(c, base));
      else if (name !== 'svg' && name !== 'script' && name !== 'style' && name !== 'button') walk(c);
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
  const { shown, full, cut } = linkTexts(a, INVISIBLE, ELLIPSIS);
  // The ellipsis is Mastodon's CSS: it shows only when something after the shown part is hidden.
  return withExpanded((shown || full) + (cut && shown !== full ? '…' : ''), full);
}
