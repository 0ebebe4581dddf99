/**
 * The user's own notes are Markdown and pass through as written. What we guard against is one note swallowing
 * the rest of the writeup: Markdown blocks that do not end at a blank line. Every note is followed by a blank
 * line, which ends paragraphs, lists, quotes and most HTML blocks; what it does not end is an unclosed code
 * fence (``` or ~~~) or an HTML block of CommonMark types 1-5 (`<script`, `<pre`, `<style`, `<textarea`,
 * `<!--`, `<?`, `<!X`, `<![CDATA[`), which run to their closer or to the end of the document. For those we add
 * the missing closer at the end of the note, so the next note, section or the link definitions stay outside.
 * (Front matter cannot be opened from a note: it is only recognised at the very start of the file.)
 */
import { cleanUserText } from './escape';

type Open = { kind: 'fence'; char: string; length: number } | { kind: 'html'; end: RegExp; closer: string } | null;

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const HTML_STARTS: { start: RegExp; end: RegExp; closer: (m: RegExpExecArray) => string }[] = [
  {
    start: /^ {0,3}<(script|pre|style|textarea)(?=[\s>]|$)/i,
    end: /<\/(script|pre|style|textarea)>/i,
    closer: (m) => `</${(m[1] as string).toLowerCase()}>`,
  },
  { start: /^ {0,3}<!--/, end: /-->/, closer: () => '-->' },
  { start: /^ {0,3}<\?/, end: /\?>/, closer: () => '?>' },
  { start: /^ {0,3}<![A-Za-z]/, end: />/, closer: () => '>' },
  { start: /^ {0,3}<!\[CDATA\[/, end: /\]\]>/, closer: () => ']]>' },
];

function opens(line: string): Open {
  const fence = FENCE.exec(line);
  if (fence) {
    const marks = fence[1] as string;
    // A backtick fence's info string may not contain a backtick (else it is inline code, not a fence).
    if (marks[0] === '`' && (fence[2] as string).includes('`')) return null;
    return { kind: 'fence', char: marks[0] as string, length: marks.length };
  }
  for (const h of HTML_STARTS) {
    const m = h.start.exec(line);
    if (!m) continue;
    // The end condition may be met on the start line itself (after the opening).
    return h.end.test(line.slice(m[0].length)) ? null : { kind: 'html', end: h.end, closer: h.closer(m) };
  }
  return null;
}

function closes(open: NonNullable<Open>, line: string): boolean {
  if (open.kind === 'html') return open.end.test(line);
  const m = /^ {0,3}(`+|~+) *$/.exec(line);
  return !!m && (m[1] as string)[0] === open.char && (m[1] as string).length >= open.length;
}

/**
 * The text without its leading blank lines (the first line's own indentation kept) and trailing whitespace.
 * By index, in one pass: a regular expression such as /\s+$/ retries at every character of a long blank run,
 * and a note of four million blank lines would take hours.
 */
function trimBlankEdges(text: string): string {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1] as string)) end -= 1;
  let start = 0;
  for (let i = 0; i < end; i += 1) {
    const c = text[i];
    if (c === '\n') start = i + 1;
    else if (c !== ' ' && c !== '\t') break;
  }
  return text.slice(start, end);
}

/** The note's Markdown, trimmed of blank edges, with any block left open at its end closed. */
export function containUserMarkdown(text: string): string {
  const trimmed = trimBlankEdges(cleanUserText(text));
  // Without a backtick, tilde or `<` nothing can be left open.
  if (!/[`~<]/.test(trimmed)) return trimmed;
  const lines = trimmed.split('\n');
  let open: Open = null;
  for (const line of lines) {
    if (open) {
      if (closes(open, line)) open = null;
    } else {
      open = opens(line);
    }
  }
  if (open?.kind === 'fence') lines.push(open.char.repeat(open.length));
  else if (open?.kind === 'html') lines.push(open.closer);
  return lines.join('\n');
}
