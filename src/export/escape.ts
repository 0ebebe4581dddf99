/**
 * Making captured text inert. Everything a page gave us (titles, channel names, tweet text, names, URLs) must
 * render literally: in Markdown no character may start structure (emphasis, links, HTML, entities, headings,
 * lists, code); in HTML (tweet embeds) the usual five characters are escaped. Each function runs one regex over
 * one captured string, never over the whole output, so the writeup stays linear in its size.
 */
import { safeHttpUrl } from '../model/safe-url';

// C0 controls except tab and newline, DEL, and the C1 block: invisible, and NUL is not allowed in CommonMark. These
// are exactly Unicode's \p{Cc} (U+0000-U+001F, U+007F-U+009F), written as ranges: a property escape with a
// lookahead cost the export a tenth of its time, run over every captured string.
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const CONTROL = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/g;

// eslint-disable-next-line no-control-regex -- and what this looks for
const NEEDS_CLEANING = /[\0-\x09\x0B-\x1F\x7F-\x9F]/;

/** Newlines normalised to \n, tabs to spaces, other control characters removed. */
export function cleanText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text; // the common case, without building new strings
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(CONTROL, '');
}

/** The user's own Markdown: newlines normalised and control characters removed; tabs kept (they indent). */
export function cleanUserText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

/** One line for a heading, a link text or a name: whitespace runs (newlines included) become one space. */
export function oneLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}

// Every ASCII punctuation character that can open or close an inline construct, plus `#` and `|` (headings and
// GFM tables). Backslash-escaping ASCII punctuation is always allowed in CommonMark and renders the character.
const MD_INLINE = /[\\`*_[\]<>&!#|~{}()]/g;

/** Captured text as literal inline Markdown (for text on one line; see `escapeMarkdownBlock` for more lines). */
export function escapeMarkdownInline(text: string): string {
  return cleanText(text).replace(MD_INLINE, '\\$&');
}

/**
 * What a line may start with that would make it a block: list markers (`-`, `+`, `*`, `1.`, `1)`), a setext
 * underline or thematic break (`=`, `-`), a blockquote (`>`), an ATX heading (`#`) or a code fence. Inline
 * escaping already covers `*`, `>`, `#` and backticks; this adds the rest at the start of a line.
 */
const LINE_START = /^( *)([-+=~]|\d{1,9}(?=[.)]))/;

/** Escapes the start of one line of captured text that is already inline-escaped; leading spaces are dropped
 *  (four of them would make an indented code block). */
export function escapeLineStart(line: string): string {
  const trimmed = line.replace(/^ +/, '');
  const m = LINE_START.exec(trimmed);
  if (!m) return trimmed;
  const marker = m[2] as string;
  if (/^\d/.test(marker)) return `${marker}\\${trimmed.slice(marker.length)}`;
  return `\\${trimmed}`;
}

/**
 * Captured text of several lines as literal Markdown lines: each line escaped; line breaks kept as hard breaks
 * (a trailing backslash), blank lines kept as paragraph breaks. Returns the lines, for the caller to prefix
 * (e.g. with `> ` inside a blockquote).
 */
export function escapeMarkdownLines(text: string): string[] {
  return markdownLines(cleanText(text).replace(MD_INLINE, '\\$&'));
}

/**
 * Lines of text whose inline content is already safe (escaped text and links built by us): each line's start
 * escaped, hard breaks between lines, one blank line between paragraphs, none at the ends.
 */
export function markdownLines(inline: string): string[] {
  const lines = inline.split('\n').map((l) => l.replace(/ +$/, ''));
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  while (lines.length > 0 && lines[0] === '') lines.shift();
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '') {
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      continue;
    }
    const escaped = escapeLineStart(line);
    const next = lines[i + 1];
    // A line ending in an escaped backslash (`\\`) then gets the hard-break backslash: still unambiguous.
    out.push(next !== undefined && next !== '' ? `${escaped}\\` : escaped);
  }
  return out;
}

const HTML_SPECIAL = /[&<>"']/;
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content or a quoted attribute, as Twitter's embed code escapes it (`&quot;`, `&#39;`). */
export function escapeHtml(text: string): string {
  const clean = cleanText(text);
  // Most captured strings have nothing to escape: no callback per match, no new string.
  return HTML_SPECIAL.test(clean) ? clean.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string) : clean;
}

/**
 * An http(s) URL fit to be a Markdown (or embed) link: `safeHttpUrl`'s address, with the characters that would end
 * or confuse a Markdown link destination (parentheses, backslashes, backticks) percent-encoded too; null for
 * anything that is not an http(s) address.
 */
export function markdownUrl(raw: string | undefined): string | null {
  return (
    safeHttpUrl(raw)?.replace(/[()\\`\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`) ??
    null
  );
}

/** A safe URL as a Markdown link destination: an `&` that looks like an entity would otherwise be decoded. */
export function markdownDestination(url: string): string {
  return url.replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}
