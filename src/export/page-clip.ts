/**
 * A page clip's comment and its link as one sentence, the way a writeup mentions what it links to rather than
 * leaving a bare link under a paragraph about it:
 * - a comment that names the page (its title, in any case) links those words: `Try Lockstep for this.` with a
 *   page titled "Lockstep" gives `Try [Lockstep](…) for this.`;
 * - a comment that goes on from the link (it starts in lower case: `is free and flags public buckets.`) follows
 *   it: `[Account Checker](…) is free and flags public buckets.`;
 * - any other comment follows the link after a colon: `[Account Checker](…): Free, and flags public buckets.`
 * Only into a first paragraph of plain text: one that opens a list, quote, heading, code or HTML, or already holds
 * links, code or HTML, stays as written, with the link as its own paragraph after the comment.
 */
import { escapeMarkdownInline, oneLine } from './escape';
import type { Links } from './links';

/** A first line that makes a block other than a paragraph (list, quote, heading, fence, HTML, table, indent). */
const BLOCK_START = /^(?: {4}|\t| {0,3}(?:[-+*>#|<]|\d{1,9}[.)]|```|~~~))/;
/** Characters that make links, code or HTML: a mention inside them could not become a link. */
const INLINE_STRUCTURE = /[[\]`<]/;

function mention(paragraph: string, title: string): number {
  if (title.length < 3) return -1;
  return paragraph.toLowerCase().indexOf(title.toLowerCase());
}

/** Whether a mention at `at` of `length` characters stands as whole words (not `Lockstepper`). */
function wholeWords(text: string, at: number, length: number): boolean {
  const word = /[\p{L}\p{N}_]/u;
  return !word.test(text[at - 1] ?? '') && !word.test(text[at + length] ?? '');
}

/**
 * The comment's blocks with the link woven into the first, or null when it cannot be (the caller then shows the
 * comment and the link apart). `comment` is the user's contained Markdown, non-empty.
 */
export function weaveLink(comment: string, title: string, url: string, links: Links): string[] | null {
  const gap = /\n[ \t]*\n/.exec(comment);
  const first = gap ? comment.slice(0, gap.index) : comment;
  // The rest as written (a fence or an indented block there keeps its blank lines and indentation).
  const rest = gap ? comment.slice(gap.index + gap[0].length).replace(/^(?:[ \t]*\n)+/, '') : '';
  if (BLOCK_START.test(first) || INLINE_STRUCTURE.test(first)) return null;
  const name = oneLine(title);
  const linkOf = (text: string) => links.link(text, url, name || url);
  const at = mention(first, name);
  let woven: string;
  if (at >= 0 && wholeWords(first, at, name.length) && !/[\\*_&]/.test(first.slice(at, at + name.length))) {
    woven = `${first.slice(0, at)}${linkOf(first.slice(at, at + name.length))}${first.slice(at + name.length)}`;
  } else {
    const link = linkOf(escapeMarkdownInline(name || url));
    woven = /^\p{Ll}/u.test(first) ? `${link} ${first}` : `${link}: ${first}`;
  }
  return rest ? [woven, rest] : [woven];
}
