/**
 * A clipped tweet as a readable card in the panel and the popup. Everything captured is rendered as text nodes;
 * the only links are ones we build: the tweet's own URL, mentions, hashtags and cashtags on x.com, and the tweet's
 * links, each only when it is http(s). Incomplete clips say so. Its look is tweet-card.css, over the theme's
 * variables, so the card follows light and dark.
 */
import { safeHttpUrl } from '../model/safe-url';
import { cashtagUrl, hashtagUrl, profileUrl, tweetDate } from '../model/tweet';
import type { Tweet, TweetMedia, TweetPart } from '../model/types';
import './tweet-card.css';

/** A link's href: http(s) addresses only (`safeHttpUrl`), anything else no link at all. */
export function httpHref(url: string | undefined): string | undefined {
  return safeHttpUrl(url) ?? undefined;
}

function partHref(part: TweetPart): string | undefined {
  switch (part.type) {
    case 'url':
      return httpHref(part.expanded) ?? httpHref(part.href);
    case 'mention':
      return profileUrl(part.handle) ?? undefined;
    case 'hashtag':
      return hashtagUrl(part.tag) ?? undefined;
    case 'cashtag':
      return cashtagUrl(part.symbol) ?? undefined;
    default:
      return undefined;
  }
}

function Part({ part }: { part: TweetPart }) {
  const href = partHref(part);
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {part.text}
    </a>
  ) : (
    <>{part.text}</>
  );
}

const MEDIA_NAMES: Record<TweetMedia['type'], string> = { photo: 'Photo', video: 'Video', card: 'Link' };

function Media({ media }: { media: TweetMedia }) {
  const href = httpHref(media.url);
  const detail = media.title || media.alt || media.duration;
  const label = `${MEDIA_NAMES[media.type]}${detail ? `: ${detail}` : ''}${media.unloaded ? ' (not loaded)' : ''}`;
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

export function TweetCard({ tweet, nested = false }: { tweet: Tweet; nested?: boolean }) {
  const link = httpHref(tweet.url);
  const date = tweetDate(tweet.time);
  const who = `${tweet.authorName || 'Unknown author'}${tweet.handle ? ` (@${tweet.handle})` : ''}`;
  return (
    <article
      class={nested ? 'tweet-card nested' : 'tweet-card'}
      aria-label={`${nested ? 'Quoted tweet' : 'Tweet'} by ${who}`}
    >
      <p class="tweet-head">
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
      {tweet.parts.length > 0 && (
        <p class="tweet-text" lang={tweet.lang || undefined} dir="auto">
          {tweet.parts.map((part, i) => (
            <Part key={i} part={part} />
          ))}
        </p>
      )}
      {tweet.media.length > 0 && (
        <ul class="tweet-list">
          {tweet.media.map((m, i) => (
            <Media key={i} media={m} />
          ))}
        </ul>
      )}
      {tweet.article && (
        <p class="tweet-text" lang={tweet.lang || undefined} dir="auto">
          <strong>{tweet.article.title}</strong> {tweet.article.body.split('\n\n')[0]}
        </p>
      )}
      {tweet.poll && (
        <ul class="tweet-list" aria-label="Poll">
          {tweet.poll.options.map((o, i) => (
            <li key={i}>
              {o.label}
              {o.percent !== undefined ? ` ${o.percent}%` : ''}
            </li>
          ))}
          <li>{[tweet.poll.votes, tweet.poll.status].filter(Boolean).join(' · ')}</li>
        </ul>
      )}
      {tweet.quoted && <TweetCard tweet={tweet.quoted} nested />}
      {tweet.thread && tweet.thread.length > 0 && (
        <ol class="tweet-thread" aria-label="Rest of the thread">
          {tweet.thread.map((reply) => (
            <li key={reply.id} lang={reply.lang || undefined} dir="auto">
              {reply.parts.map((part, i) => (
                <Part key={i} part={part} />
              ))}
            </li>
          ))}
        </ol>
      )}
      {tweet.incomplete && (
        <p class="tweet-warning">
          Incomplete: X did not show all of this tweet when it was clipped
          {tweet.missing?.length ? ` (missing: ${tweet.missing.join(', ')})` : ''}.
        </p>
      )}
    </article>
  );
}
