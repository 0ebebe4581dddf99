/**
 * How search sees text: case and accents folded ("Café" and "cafe" are one word), split into words with their
 * places in the original text so a match can be highlighted where the user reads it.
 */

/**
 * Letters and digits with the marks that belong to them; `_` too, so a handle (`@jane_doe`) is one word; an
 * apostrophe inside a word keeps it whole (`don't`); any other character separates words (`e-mail` is two).
 */
const WORD = /[\p{L}\p{N}\p{M}_]+(?:['’][\p{L}\p{N}\p{M}_]+)*/gu;

/** WORD over lower-case ASCII text, where it finds the same words and runs faster than Unicode classes. */
const ASCII_WORD = /[a-z0-9_]+(?:'[a-z0-9_]+)*/g;

/** Any character past ASCII: only such text has accents to fold or curly apostrophes (most notes have none). */
const NON_ASCII = /[^\0-\x7F]/;

/** Lower case without accents: `Ångström` → `angstrom`. Folding never changes a string's word boundaries. */
export function fold(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

export interface Word {
  /** The folded word, as the index holds it. */
  term: string;
  /** Where the word is in the original text (UTF-16 offsets). */
  start: number;
  end: number;
}

/** The words of a text, folded, with their offsets in the original text. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const term = fold(match[0]).replace(/’/g, "'");
    if (term) words.push({ term, start: match.index, end: match.index + match[0].length });
  }
  return words;
}

/**
 * The folded words of a text: what the index stores and what a query is split into. Folds the whole text once
 * (the index needs no offsets), the same words `wordsOf` finds one by one.
 */
export function termsOf(text: string): string[] {
  const folded = fold(text);
  if (!NON_ASCII.test(folded)) return folded.match(ASCII_WORD) ?? [];
  return folded.replace(/’/g, "'").match(WORD) ?? [];
}

/**
 * The words `from:` finds a handle by, on every network: the whole handle as one word (`alice_bsky_social` for
 * `alice.bsky.social`, `bob_mastodon_social` for `bob@mastodon.social`) and its account name alone (`alice`, `bob`).
 */
export function handleTerms(handle: string): string[] {
  const whole = handleTerm(handle);
  const name = handleTerm(handle.replace(/^@/, '').split(/[.@]/)[0] ?? '');
  return whole === name || !name ? [whole] : [whole, name];
}

/** A handle as one folded word: `@Alice.bsky.social` → `alice_bsky_social`. */
export function handleTerm(handle: string): string {
  return fold(handle.replace(/^@/, '')).replace(/[^\p{L}\p{N}_]+/gu, '_');
}
