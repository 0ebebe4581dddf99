/**
 * A post as its network's own embed markup, the choice the "tweets" setting calls "embed":
 * - X: Twitter's (src/export/tweet-embed.ts), without its script, as blog engines expect;
 * - Bluesky: what bsky.app's "Embed post" gives, `<blockquote class="bluesky-embed" data-bluesky-uri="at://…">` with
 *   the text, author line and dated link inside, then Bluesky's embed.js;
 * - Mastodon: what an instance's "Embed" gives, `<blockquote class="mastodon-embed" data-embed-url="…/embed">`, then
 *   that instance's embed.js; inside, the text, author and dated link (Mastodon's own has only a "View on Mastodon"
 *   link: a reader without the script, or a feed, would see nothing of the post).
 * Each block is one line (a Markdown HTML block ends at a blank line), every captured string HTML-escaped, and only
 * links built from checked values are links. A content warning comes first in its own paragraph, as the sites show
 * it. A post whose page cannot be embedded (no permalink) is a plain `<blockquote>` with the same inside. A quoted
 * post follows as its own block; a thread is one block per post, in order.
 */
import { authorUrl, postPageUrl } from '../model/post';
import { blueskyAtUri, isCid } from '../model/bluesky';
import { mastodonEmbedUrl } from '../model/mastodon';
import { postDate } from '../model/post-time';
import type { Post } from '../model/types';
import { escapeHtml, markdownUrl, oneLine } from './escape';
import { anchor, extrasHtml, partHtml, tweetEmbedBlock } from './tweet-embed';
import { langAttr, plainText, textDirection, threadOf } from './tweet-common';

const BLUESKY_SCRIPT = '<script async src="https://embed.bsky.app/static/embed.js" charset="utf-8"></script>';

/** Bluesky's embed code adds this to its links; kept so the markup is what bsky.app gives. */
const withEmbedRef = (url: string) => `${url}${url.includes('?') ? '&' : '?'}ref_src=embed`;

/** The text paragraph (with the content warning before it) and what follows it, as every embed has them. */
function bodyHtml(post: Post): string {
  const extras = extrasHtml(post);
  const text = post.parts.map((p) => partHtml(post, p)).join('');
  const body = text && extras.inline ? `${text} ${extras.inline}` : text || extras.inline;
  const lang = escapeHtml(langAttr(post.lang));
  const dir = textDirection(post, plainText(post));
  const warning = post.warning ? `<p><strong>Content warning: ${escapeHtml(oneLine(post.warning))}</strong></p>` : '';
  return `${warning}<p lang="${lang}" dir="${dir}">${body}</p>${extras.after}`;
}

/** `&mdash; Name (<a>@handle</a>) <a>date</a>`: the author's line, its links only where they are sound. */
function authorLine(post: Post, profile: string | null, page: string | null): string {
  const name = escapeHtml(oneLine(post.authorName));
  const at = post.handle ? `@${escapeHtml(oneLine(post.handle))}` : '';
  const handle = at ? ` (${profile ? anchor(profile, at) : at})` : '';
  const date = postDate(post.time);
  const link = page ? ` ${anchor(page, escapeHtml(date || page))}` : date ? ` ${escapeHtml(date)}` : '';
  return `&mdash; ${name}${handle}${link}`;
}

/** One Bluesky post's embed and its script, on one line. */
export function blueskyEmbedBlock(post: Post): string {
  const uri = blueskyAtUri(post.handle, post.id, post.did);
  const page = postPageUrl(post);
  const pageLink = page ? markdownUrl(page) : null;
  const profile = authorUrl(post);
  const inner = bodyHtml(post) + authorLine(post, profile && withEmbedRef(profile), pageLink && withEmbedRef(pageLink));
  if (!uri) return `<blockquote>${inner}</blockquote>`;
  const cid = post.cid && isCid(post.cid) ? ` data-bluesky-cid="${escapeHtml(post.cid)}"` : '';
  return (
    `<blockquote class="bluesky-embed" data-bluesky-uri="${escapeHtml(uri)}"${cid} data-bluesky-embed-color-mode="system">` +
    `${inner}</blockquote>${BLUESKY_SCRIPT}`
  );
}

/** One Mastodon post's embed and its instance's script, on one line. */
export function mastodonEmbedBlock(post: Post): string {
  const page = markdownUrl(post.url);
  const embed = mastodonEmbedUrl(post.url);
  const inner = bodyHtml(post) + authorLine(post, authorUrl(post), page);
  if (!embed) return `<blockquote>${inner}</blockquote>`;
  const origin = `${new URL(embed).origin}/`;
  return (
    `<blockquote class="mastodon-embed" data-embed-url="${escapeHtml(embed)}">${inner}</blockquote>` +
    `<script data-allowed-prefixes="${escapeHtml(origin)}" async src="${escapeHtml(`${origin}embed.js`)}"></script>`
  );
}

function embedBlock(post: Post): string {
  if (post.network === 'bluesky') return blueskyEmbedBlock(post);
  return post.network === 'mastodon' ? mastodonEmbedBlock(post) : tweetEmbedBlock(post);
}

/** The post (and its thread) as its network's embeds, each followed by its quoted post; blocks apart. */
export function renderPostEmbed(post: Post): string[] {
  const blocks: string[] = [];
  for (const p of threadOf(post)) {
    blocks.push(embedBlock(p));
    if (p.quoted) blocks.push(embedBlock(p.quoted));
  }
  return blocks;
}
