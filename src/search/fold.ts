/**
 * How search sees text: case and accents folded ("Café" and "cafe" are one word), split into words with their
 * places in the original text so a match can be highlighted where the user reads it.
 */

/**
 * Letters and digits with the marks that belong to them; `_` too, so a handle (`@jane_doe`) is one word; an
 * apostrophe inside a word keeps it whole (`don't`); any other character separates words (`e-mail` is two).
 */
const WORD = /[\p{L}\p{N}\p{M}_]+(?:['’][\p{L}\p{N}\p{M}_]+)*/gu;

/** Lower case without accents: `Ångström` → `angstrom`. Folding never changes a string's word boundaries. */
export function fold(text: string): string {
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
  return fold(text).replace(/’/g, "'").match(WORD) ?? [];
}
