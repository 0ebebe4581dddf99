/**
 * Reference labels for links at the bottom of a writeup: short, readable and stable (`[nexus-lifecycle]`), made
 * from the link's text or the page's title, instead of numbers that shift whenever a link is added above.
 */

const MAX_LENGTH = 40;
/** Words a label does not end on: `why-every-dashboard-needs`, not `why-every-dashboard-needs-an`. */
const TRAILING = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'is',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);

/**
 * A short slug of `text`: letters and digits of any script, joined by `-`, at most `maxWords` words (not ending
 * on a small word such as `the`) and 40 characters, or '' when nothing is left (emoji only). Only letters, digits, `-` and `_` remain, so a label never needs escaping
 * inside `[...]`.
 */
export function labelSlug(text: string, maxWords = 5): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}_]+/u)
    .filter(Boolean);
  const kept = words.slice(0, maxWords);
  while (kept.length > 1 && TRAILING.has(kept[kept.length - 1] as string)) kept.pop();
  let label = '';
  for (const word of kept) {
    const next = label ? `${label}-${word}` : word;
    if (Array.from(next).length > MAX_LENGTH) {
      // A first word longer than the limit is cut; later ones are left out whole.
      if (!label) label = Array.from(word).slice(0, MAX_LENGTH).join('');
      break;
    }
    label = next;
  }
  return label;
}

/** CommonMark matches labels case-insensitively, so two labels that differ only in case are the same label. */
export function labelKey(label: string): string {
  return label.toLowerCase();
}
