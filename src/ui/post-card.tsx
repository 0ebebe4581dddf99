/**
 * A clipped post (X, Bluesky, Mastodon) as a readable card in the panel and the popup, naming its network.
 * Everything captured is rendered as text nodes; the only links are ones we build: the post's own URL, mentions,
 * hashtags and cashtags by its network's rules (src/model/post.ts), and the post's links, each only when it is
 * http(s). A content warning comes first, as the site shows it. Incomplete clips say so. Its look is
 * post-card.css, over the theme's variables, so the card follows light and dark.
 */
import { pollFooter, pollOptionText } from '../model/poll';
import { mentionUrl, NETWORK_NAMES, symbolUrl, tagUrl } from '../model/post';
import { postDate } from '../model/post-time';
import { safeHttpUrl } from '../model/safe-url';
import type { Post, PostMedia, PostPart } from '../model/types';
import './post-card.css';

/** A link's href: http(s) addresses only (`safeHttpUrl`), anything else no link at all. */
export function httpHref(url: string | undefined): string | undefined {
  return safeHttpUrl(url) ?? undefined;
}

function partHref(post: Post, part: PostPart): string | undefined {
  switch (part.type) {
    case 'url':
      return httpHref(part.expanded) ?? httpHref(part.href);
    case 'mention':
      return mentionUrl(post, part.handle) ?? undefined;
    case 'hashtag':
      return tagUrl(post, part.tag) ?? undefined;
    case 'cashtag':
      return symbolUrl(post, part.symbol) ?? undefined;
    default:
      return undefined;
  }
}

function Part({ post, part }: { post: Post; part: PostPart }) {
  const href = partHref(post, part);
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {part.text}
    </a>
  ) : (
    <>{part.text}</>
  );
}

const MEDIA_NAMES: Record<PostMedia['type'], string> = { photo: 'Photo', video: 'Video', card: 'Link' };

function Media({ media }: { media: PostMedia }) {
  const href = httpHref(media.url);
  const detail = media.title || media.alt || media.duration;
  // A card names the site it links to, as the networks show it under the title.
  const site = media.type === 'card' && media.domain && media.domain !== detail ? ` (${media.domain})` : '';
  const label = `${MEDIA_NAMES[media.type]}${detail ? `: ${detail}` : ''}${site}${media.unloaded ? ' (not loaded)' : ''}`;
  return (
    <li>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {label}
        </a>
      ) : (
        label
      )}
    </li>
  );
}

/** What the card calls the post: X's are tweets, the others posts of their network. */
function postNoun(post: Post, nested: boolean): string {
  if (post.network === 'x') return nested ? 'Quoted tweet' : 'Tweet';
  return `${nested ? 'Quoted ' : ''}${NETWORK_NAMES[post.network]} post`;
}

export function PostCard({ post: tweet, nested = false }: { post: Post; nested?: boolean }) {
  const link = httpHref(tweet.url);
  const date = postDate(tweet.time);
  const who = `${tweet.authorName || 'Unknown author'}${tweet.handle ? ` (@${tweet.handle})` : ''}`;
  const site = NETWORK_NAMES[tweet.network];
  return (
    <article class={nested ? 'post-card nested' : 'post-card'} aria-label={`${postNoun(tweet, nested)} by ${who}`}>
      <p class="post-head">
        {!nested && <span class="post-network">{site} · </span>}
        <strong>{tweet.authorName || 'Unknown author'}</strong>
        {tweet.handle && ` @${tweet.handle}`}
        {date && (
          <>
            {' '}
            ·{' '}
            {link ? (
              <a href={link} target="_blank" rel="noopener noreferrer">
                <time dateTime={tweet.time}>{date}</time>
              </a>
            ) : (
              <time dateTime={tweet.time}>{date}</time>
            )}
          </>
        )}
      </p>
      {tweet.warning && <p class="post-cw">Content warning: {tweet.warning}</p>}
      {tweet.parts.length > 0 && (
        <p class="post-text" lang={tweet.lang || undefined} dir="auto">
          {tweet.parts.map((part, i) => (
            <Part key={i} post={tweet} part={part} />
          ))}
        </p>
      )}
      {tweet.media.length > 0 && (
        <ul class="post-list">
          {tweet.media.map((m, i) => (
            <Media key={i} media={m} />
          ))}
        </ul>
      )}
      {tweet.article && (
        <p class="post-text" lang={tweet.lang || undefined} dir="auto">
          <strong>{tweet.article.title}</strong> {tweet.article.body.split('\n\n')[0]}
        </p>
      )}
      {tweet.poll && (
        <ul class="post-list" aria-label="Poll">
          {tweet.poll.options.map((o, i) => (
            <li key={i}>{pollOptionText(o)}</li>
          ))}
          <li>{pollFooter(tweet.poll)}</li>
        </ul>
      )}
      {tweet.quoted && <PostCard post={tweet.quoted} nested />}
      {tweet.thread && tweet.thread.length > 0 && (
        <ol class="post-thread" aria-label="Rest of the thread">
          {tweet.thread.map((reply) => (
            <li key={reply.id} lang={reply.lang || undefined} dir="auto">
              {reply.parts.map((part, i) => (
                <Part key={i} post={reply} part={part} />
              ))}
            </li>
          ))}
        </ol>
      )}
      {tweet.incomplete && (
        <p class="post-warning">
          Incomplete: {site} did not show all of this {tweet.network === 'x' ? 'tweet' : 'post'} when it was clipped
          {tweet.missing?.length ? ` (missing: ${tweet.missing.join(', ')})` : ''}.
        </p>
      )}
    </article>
  );
}
