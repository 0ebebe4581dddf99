/**
 * Tweets stored or backed up before media had their own fields (database v1, backup format 1) to today's shape.
 * Then a card's `url` was its image (or its link when it had none) with the link in `href`, and a video's `url`
 * was its poster. Now a card's `url` is its link with the picture in `image`, and a video's `url` is the tweet's
 * page with the picture in `poster`. Takes anything (old files are untrusted): what is not an old-shape tweet
 * comes back as it was, for validation to judge.
 */
type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

function upgradeMedia(media: unknown, tweetUrl: unknown): unknown {
  if (!isObject(media)) return media;
  if (media.type === 'card' && 'href' in media) {
    const { href, url, ...rest } = media;
    const image = typeof href === 'string' && url !== href ? { image: url } : {};
    return { ...rest, url: typeof href === 'string' ? href : url, ...image };
  }
  if (media.type === 'video' && !('poster' in media)) {
    return { ...media, url: typeof tweetUrl === 'string' ? tweetUrl : '', poster: media.url };
  }
  return media;
}

export function upgradeTweetV1(tweet: unknown): unknown {
  if (!isObject(tweet)) return tweet;
  const out: Loose = { ...tweet };
  if (Array.isArray(tweet.media)) out.media = tweet.media.map((m) => upgradeMedia(m, tweet.url));
  if (tweet.quoted !== undefined) out.quoted = upgradeTweetV1(tweet.quoted);
  if (Array.isArray(tweet.thread)) out.thread = tweet.thread.map(upgradeTweetV1);
  return out;
}

/** A note of any kind: tweet notes get their tweet upgraded, others come back as they were. */
export function upgradeNoteV1<T>(note: T): T {
  return isObject(note) && note.kind === 'tweet' ? { ...note, tweet: upgradeTweetV1(note.tweet) } : note;
}
