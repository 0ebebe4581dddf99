/**
 * Where a result's matched words are in the text it shows, and a window of a long text around the first of them.
 * Ranges, never markup: the page renders them as text nodes, so a note's `<b>` stays the four characters it is.
 */
import { wordsOf } from './fold';

export interface Highlighted {
  text: string;
  /** Sorted, non-overlapping `[start, end)` offsets into `text`. */
  marks: [number, number][];
}

const WINDOW = 220;
const BEFORE = 60;

/** Marks each word of `text` that is one of the matched `terms` (folded index terms). */
export function highlight(text: string, terms: ReadonlySet<string>): Highlighted {
  const marks: [number, number][] = [];
  for (const word of wordsOf(text)) if (terms.has(word.term)) marks.push([word.start, word.end]);
  return { text, marks };
}

/** A long text cut to a window that starts a little before its first mark, with `…` where text was left out. */
export function excerpt(highlighted: Highlighted): Highlighted {
  const { text, marks } = highlighted;
  if (text.length <= WINDOW) return highlighted;
  const first = marks[0]?.[0] ?? 0;
  let start = first <= BEFORE ? 0 : wordStartAfter(text, first - BEFORE);
  const end = pairSafe(text, Math.min(text.length, start + WINDOW));
  if (end === text.length) start = Math.max(0, Math.min(start, wordStartAfter(text, text.length - WINDOW)));
  const lead = start > 0 ? '…' : '';
  const tail = end < text.length ? '…' : '';
  const shift = lead.length - start;
  return {
    text: lead + text.slice(start, end) + tail,
    marks: marks.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s + shift, e + shift]),
  };
}

/** `at`, or one before it when `at` would cut a surrogate pair in two. */
function pairSafe(text: string, at: number): number {
  return /[\uDC00-\uDFFF]/u.test(text[at] ?? '') ? at - 1 : at;
}

/** The first word start at or after `from` (or `from` itself when there is none close), never splitting a pair. */
function wordStartAfter(text: string, from: number): number {
  const space = text.slice(from, from + 30).search(/\s\S/u);
  const at = space < 0 ? from : from + space + 1;
  return /[\uDC00-\uDFFF]/u.test(text[at] ?? '') ? at + 1 : at;
}
