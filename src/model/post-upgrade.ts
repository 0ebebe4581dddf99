/**
 * Tweet clips stored or backed up before posts of other networks (database v5, backup format 5) to today's shape:
 * the note's kind `tweet` becomes `post`, its `tweet` field `post` with `network: 'x'` (on its quoted tweet and its
 * thread too), and its dedupe key `tweet:<id>` becomes `x:<id>`. Takes anything (old files are untrusted): what is
 * not an old-shape tweet note comes back as it was, for validation to judge.
 */
type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

function asXPost(tweet: unknown): unknown {
  if (!isObject(tweet)) return tweet;
  const out: Loose = { network: 'x', ...tweet };
  if (tweet.quoted !== undefined) out.quoted = asXPost(tweet.quoted);
  if (Array.isArray(tweet.thread)) out.thread = tweet.thread.map(asXPost);
  return out;
}

/** A note of any kind: a tweet note becomes a post note of X; others come back as they were. */
export function upgradeNoteToPost<T>(note: T): T {
  if (!isObject(note) || note.kind !== 'tweet') return note;
  const { tweet, ...rest } = note;
  const out: Loose = { ...rest, kind: 'post', post: asXPost(tweet) };
  if (typeof note.sourceKey === 'string') out.sourceKey = note.sourceKey.replace(/^tweet:/, 'x:');
  return out as T;
}
