import { Parser } from 'commonmark';
import { describe, expect, it } from 'vitest';
import { containUserMarkdown } from './user-markdown';

/** The top-level blocks commonmark.js sees when a contained note is followed by a paragraph and a heading. */
function blocksAfter(note: string): string[] {
  const doc = new Parser().parse(`${containUserMarkdown(note)}\n\nNext note\n\n## Next talk\n`);
  const types: string[] = [];
  for (let n = doc.firstChild; n; n = n.next) types.push(n.type);
  return types;
}

describe('containUserMarkdown', () => {
  it("passes the user's Markdown through as written", () => {
    const note =
      'Some **bold**, a [link](https://e.com)\n\n- a list\n- of things\n\n```js\ncode()\n```\n\n<!-- done -->';
    expect(containUserMarkdown(note)).toBe(note);
    expect(containUserMarkdown('\n\n  indented\tline\r\nnext\n\n')).toBe('  indented\tline\nnext');
  });

  it.each([
    ['```js\nunclosed()', '```'],
    ['~~~~\nunclosed', '~~~~'],
    ['<!-- unclosed comment', '-->'],
    ['<script>\nalert(1)', '</script>'],
    ['<PRE>\ntext', '</pre>'],
    ['<?php\necho', '?>'],
    ['<!DOCTYPE x', '>'],
    ['<![CDATA[ raw', ']]>'],
  ])('closes %j so the rest of the writeup stays outside', (note, closer) => {
    expect(containUserMarkdown(note).endsWith(`\n${closer}`)).toBe(true);
    const blocks = blocksAfter(note);
    expect(blocks.slice(-2)).toEqual(['paragraph', 'heading']);
  });

  it('leaves closed blocks alone', () => {
    expect(containUserMarkdown('```\na\n```')).toBe('```\na\n```');
    expect(containUserMarkdown('<!-- a --> b')).toBe('<!-- a --> b');
    expect(containUserMarkdown('````\n```\n````')).toBe('````\n```\n````');
    expect(containUserMarkdown('inline ``` fence')).toBe('inline ``` fence');
  });
});

describe('containUserMarkdown on huge notes', () => {
  it('trims four million blank lines in linear time, whatever follows them', () => {
    const blank = '\n'.repeat(4_000_000);
    for (const [note, expected] of [
      [`a${blank}b`, `a${blank}b`],
      [`${blank}\`\`\`x${blank}`, '```x\n```'],
      [`${' \n'.repeat(1_000_000)}x  ${blank}`, 'x'],
    ]) {
      expect(containUserMarkdown(note as string)).toBe(expected);
    }
  });
});
