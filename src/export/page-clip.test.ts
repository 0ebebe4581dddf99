import { Parser } from 'commonmark';
import { describe, expect, it } from 'vitest';
import { Links } from './links';
import { weaveLink } from './page-clip';

const URL = 'https://example.org/tools/lockstep';
const weave = (comment: string, title = 'Lockstep', style: 'inline' | 'reference' = 'inline') =>
  weaveLink(comment, title, URL, new Links(style));

describe('weaveLink', () => {
  it('links the words of a comment that names the page', () => {
    expect(weave('We moved to lockstep last year.')).toEqual([`We moved to [lockstep](${URL}) last year.`]);
  });

  it('puts the link before a comment that goes on from it', () => {
    expect(weave('is free and flags public buckets.')).toEqual([
      `[Lockstep](${URL}) is free and flags public buckets.`,
    ]);
  });

  it('puts the link before any other comment, after a colon', () => {
    expect(weave('Not in the talk, but useful.')).toEqual([`[Lockstep](${URL}): Not in the talk, but useful.`]);
  });

  it('weaves only into the first paragraph and keeps the rest as written', () => {
    expect(weave('Worth a look.\n\n```\ncode\n\n  more\n```')).toEqual([
      `[Lockstep](${URL}): Worth a look.`,
      '```\ncode\n\n  more\n```',
    ]);
  });

  it('names a reference by the page title even when the comment words the mention', () => {
    const links = new Links('reference');
    expect(weaveLink('Try LOCKSTEP today.', 'Lockstep', URL, links)).toEqual(['Try [LOCKSTEP][lockstep] today.']);
    expect(links.definitions()).toBe(`[lockstep]: ${URL}`);
  });

  it.each([
    ['a list', '- one\n- two'],
    ['a heading', '# Big'],
    ['a quote', '> said'],
    ['a fence', '```\nx\n```'],
    ['HTML', '<b>hi</b>'],
    ['a link', 'See [this](https://e.com) too'],
    ['code', 'Run `lockstep` now'],
    ['an indented block', '    code'],
  ])('leaves a comment that opens with or holds %s as it is', (_, comment) => {
    expect(weave(comment)).toBeNull();
  });

  it('never links part of a word, nor a mention with Markdown inside', () => {
    expect(weave('Lockstepper is another tool.')).toEqual([`[Lockstep](${URL}): Lockstepper is another tool.`]);
    expect(weave('The *Lock* step tool', 'Lock* step')).toEqual([`[Lock\\* step](${URL}): The *Lock* step tool`]);
  });

  it('escapes a title that is not mentioned, and each result parses to one paragraph with one link', () => {
    const [block] = weave('is *great*', 'A [title] <x>')!;
    expect(block).toBe(`[A \\[title\\] \\<x\\>](${URL}) is *great*`);
    const doc = new Parser().parse(block!);
    const types: string[] = [];
    const walker = doc.walker();
    for (let ev = walker.next(); ev; ev = walker.next()) if (ev.entering) types.push(ev.node.type);
    expect(types.filter((t) => t === 'paragraph' || t === 'link')).toEqual(['paragraph', 'link']);
  });
});
