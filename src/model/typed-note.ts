/**
 * What kind of note the words typed in the note box make: a sub-heading when the box's control says so or the
 * words start with `### ` (as in Markdown), a quote of the section's speaker when the control says so, else the
 * user's own Markdown.
 */
export type NoteStyle = 'text' | 'quote' | 'heading';

export type TypedNote =
  { kind: 'text'; text: string } | { kind: 'quote'; text: string } | { kind: 'heading'; text: string };

const HEADING_MARK = /^###[ \t]+/;

export function typedNote(text: string, style: NoteStyle = 'text'): TypedNote {
  if (style === 'heading' || (style === 'text' && HEADING_MARK.test(text) && !text.includes('\n'))) {
    return { kind: 'heading', text: text.replace(HEADING_MARK, '').replace(/\s+/g, ' ').trim() };
  }
  return { kind: style === 'quote' ? 'quote' : 'text', text };
}

export function isNoteStyle(value: unknown): value is NoteStyle {
  return value === 'text' || value === 'quote' || value === 'heading';
}
