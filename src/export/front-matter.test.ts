import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Session } from '../model/types';
import { renderFrontMatter } from './front-matter';

const session = (patch: Partial<Session>): Session => ({
  id: 'x',
  title: 'T',
  date: '',
  description: '',
  tags: [],
  categories: [],
  fields: {},
  createdAt: 0,
  updatedAt: 0,
  ...patch,
});

function readBack(text: string): unknown {
  const m = /^---\n([\s\S]*?)---\n$/.exec(text);
  expect(m, 'front matter is fenced by --- lines').not.toBeNull();
  return parse((m as RegExpExecArray)[1] as string);
}

describe('renderFrontMatter', () => {
  it.each([
    'Talk: the sequel',
    'He said "hi" and \'bye\'',
    '#hashtag first',
    '- leading dash',
    'two\nlines',
    'Emoji 🎉👩🏽‍💻',
    '---',
    '...',
    'yes',
    'null',
    '123',
    '[a, b]',
    '{a: b}',
    '*alias',
    '&anchor',
    '!tag',
    '% directive',
    '@at',
    '`tick`',
    ' padded ',
    'tab\tinside',
    'trailing colon:',
  ])('title %j survives a YAML round trip', (title) => {
    const text = renderFrontMatter(session({ title, description: title, tags: [title], fields: { note: title } }));
    expect(readBack(text)).toEqual({ title, description: title, tags: [title], note: title });
  });

  it('writes the standard fields first, then free fields by name, leaving empty ones out', () => {
    const text = renderFrontMatter(
      session({
        title: 'HarbourOps Day',
        date: '2025-06-12',
        description: 'Notes.',
        tags: ['a'],
        categories: ['events'],
        fields: { zeta: '1', image: '/i.png', title: 'not the title' },
      }),
    );
    expect(text).toBe(
      [
        '---',
        'title: HarbourOps Day',
        'description: Notes.',
        'date: 2025-06-12',
        'categories:',
        '- events',
        'tags:',
        '- a',
        'image: /i.png',
        'zeta: "1"',
        '---',
        '',
      ].join('\n'),
    );
  });

  it('removes control characters that YAML cannot carry', () => {
    expect(readBack(renderFrontMatter(session({ title: 'a\u0000b\u0007c' })))).toEqual({ title: 'abc' });
  });
});
