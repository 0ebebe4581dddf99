// Captured strings must render literally: checked with the reference CommonMark implementation, not our own code.
import { Parser, type Node } from 'commonmark';
import { describe, expect, it } from 'vitest';
import { HOSTILE } from '../../test/golden/hostile-strings';
import { escapeHtml, escapeMarkdownInline, escapeMarkdownLines, markdownUrl } from './escape';

const parser = new Parser();

/** The text a reader sees: text and code literals, breaks as newlines. Returns also every node type seen. */
function read(markdown: string): { text: string; types: Set<string> } {
  const doc = parser.parse(markdown);
  const walker = doc.walker();
  const types = new Set<string>();
  let text = '';
  for (let ev = walker.next(); ev; ev = walker.next()) {
    if (!ev.entering) continue;
    const node: Node = ev.node;
    types.add(node.type);
    if (node.type === 'text') text += node.literal ?? '';
    if (node.type === 'softbreak' || node.type === 'linebreak') text += '\n';
    if (node.type === 'paragraph' && text) text += '\n\n';
  }
  return { text: text.replace(/^\n+/, ''), types };
}

describe('escapeMarkdownInline', () => {
  it.each(HOSTILE.filter((h) => !h.includes('\n')))('%j renders literally on one line', (raw) => {
    const expected = raw.replace(/(?![\t\n])\p{Cc}/gu, '');
    const { text, types } = read(`Before ${escapeMarkdownInline(raw)} after`);
    expect(text.trim()).toBe(`Before ${expected} after`);
    expect([...types].sort()).toEqual(['document', 'paragraph', 'text']);
  });
});

describe('escapeMarkdownLines', () => {
  it.each(HOSTILE)('%j renders literally as a paragraph at the start of a line', (raw) => {
    const lines = escapeMarkdownLines(raw);
    const { text, types } = read(lines.join('\n'));
    const expected = raw
      .replace(/(?![\t\n])\p{Cc}/gu, '')
      .split('\n')
      .map((l) => l.trim())
      .join('\n');
    expect(text.trim()).toBe(expected);
    for (const t of types) expect(['document', 'paragraph', 'text', 'linebreak']).toContain(t);
  });

  it('keeps line breaks as hard breaks and blank lines as paragraphs, inside a blockquote too', () => {
    const lines = escapeMarkdownLines('one\n- two\n\n\n3. three');
    expect(lines).toEqual(['one\\', '\\- two', '', '3\\. three']);
    const { text, types } = read(lines.map((l) => (l ? `> ${l}` : '>')).join('\n'));
    expect(text.trim()).toBe('one\n- two\n\n3. three');
    expect(types.has('list')).toBe(false);
    expect(types.has('block_quote')).toBe(true);
  });

  // Speed is the benchmark's business (bench/export-writeup.mjs); this checks that a 1 MB note stays literal.
  it('renders a 1 MB note literally', () => {
    const big = '*<a>* [x](javascript:y) '.repeat(44_000);
    const { text, types } = read(escapeMarkdownLines(big).join('\n'));
    expect(text.trim()).toBe(big.trim());
    expect([...types].sort()).toEqual(['document', 'paragraph', 'text']);
  }, 60_000);
});

describe('escapeHtml and markdownUrl', () => {
  it('escapes the five HTML characters as Twitter does', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it.each([
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,<b>', null],
    ['file:///etc', null],
    ['//e.com/x', null],
    ['not a url', null],
    ['', null],
    ['\u0000javascript:alert(1)', null],
    ['https://e.com/a b(c)', 'https://e.com/a%20b%28c%29'],
    ['http://e.com/?q=<x>', 'http://e.com/?q=%3Cx%3E'],
    ['https://e.com/?a=1&b=2', 'https://e.com/?a=1&b=2'],
  ])('%j -> %j', (raw, expected) => {
    expect(markdownUrl(raw)).toBe(expected);
  });
});

describe('control characters', () => {
  it('removes exactly the characters of \\p{Cc} but tab, newline and carriage return, in every code unit', () => {
    let all = '';
    for (let c = 0; c <= 0xffff; c++) if (c < 0xd800 || c > 0xdfff) all += String.fromCharCode(c);
    const expected = all
      .replace(/\r/g, '\n')
      .replace(/\t/g, ' ')
      .replace(/(?![\t\n\r])\p{Cc}/gu, '');
    expect(escapeHtml(all)).toBe(
      expected.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? '&#39;'),
    );
  });
});
