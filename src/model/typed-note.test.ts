import { describe, expect, it } from 'vitest';
import { isNoteStyle, typedNote } from './typed-note';

describe('typedNote', () => {
  it('makes a sub-heading of "### " at the start of a one-line note, or when asked', () => {
    expect(typedNote('### General notes')).toEqual({ kind: 'heading', text: 'General notes' });
    expect(typedNote('###\tTabs  too ')).toEqual({ kind: 'heading', text: 'Tabs too' });
    expect(typedNote('Death by Dashboards', 'heading')).toEqual({ kind: 'heading', text: 'Death by Dashboards' });
    expect(typedNote('### a\nb', 'heading')).toEqual({ kind: 'heading', text: 'a b' });
  });

  it('keeps Markdown that only looks like it as text: more lines, no space, another level', () => {
    expect(typedNote('### Heading\n\nand a paragraph')).toMatchObject({ kind: 'text' });
    expect(typedNote('###nospace')).toMatchObject({ kind: 'text' });
    expect(typedNote('## Two')).toMatchObject({ kind: 'text' });
    expect(typedNote('#### Four')).toMatchObject({ kind: 'text' });
  });

  it('makes a quote when asked, keeping the words as typed', () => {
    expect(typedNote('### not a heading here', 'quote')).toEqual({ kind: 'quote', text: '### not a heading here' });
  });

  it('knows the styles a message may name', () => {
    expect(['text', 'quote', 'heading'].every(isNoteStyle)).toBe(true);
    expect(isNoteStyle('tweet')).toBe(false);
    expect(isNoteStyle(undefined)).toBe(false);
  });
});
