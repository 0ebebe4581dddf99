/**
 * The bounds of what Confnotes stores, the same as the backup schema's (docs/backup-format.schema.json; a test
 * keeps the two equal). Captured values are fitted to them when captured (src/store/fit-post.ts), so that a
 * stored record can never be one its own backup refuses.
 */
export const LIMITS = {
  /** Titles, names, labels. */
  shortText: 2000,
  /** The user's words and captured text (a note, a comment, a selection, a tweet's text). */
  longText: 1_000_000,
  url: 4096,
  lang: 35,
  handle: 50,
  tweetParts: 10_000,
  tweetMedia: 50,
  /** Tweets of a clipped thread after the first. */
  thread: 500,
  /** |order| stays below 2^50: there, adding the step and taking midpoints are still exact. */
  order: 2 ** 50,
} as const;

/** `text` cut to at most `max` UTF-16 units, never in the middle of a surrogate pair. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return text.slice(0, end);
}
