/**
 * The writeup's YAML front matter, written by the `yaml` library so that any title (colons, quotes, `#`, a
 * leading `-`, newlines, emoji) comes back unchanged from a YAML parser. Empty fields are left out. The user's
 * free fields follow the standard ones, sorted by name: the same session gives the same bytes whichever way
 * (IndexedDB or a backup file) it was loaded. A free field named like a standard one does not replace it.
 * Control characters are dropped (YAML cannot carry most of them); tabs and newlines are kept.
 */
import { stringify } from 'yaml';
import type { Session } from '../model/types';
import { cleanUserText as cleanText } from './escape';

const STANDARD = ['title', 'description', 'date', 'categories', 'tags'];

export function frontMatterData(session: Session): Record<string, string | string[]> {
  const data: Record<string, string | string[]> = { title: cleanText(session.title) };
  if (session.description) data.description = cleanText(session.description);
  if (session.date) data.date = cleanText(session.date);
  const categories = session.categories.map(cleanText).filter(Boolean);
  const tags = session.tags.map(cleanText).filter(Boolean);
  if (categories.length > 0) data.categories = categories;
  if (tags.length > 0) data.tags = tags;
  const names = Object.keys(session.fields)
    .filter((k) => k !== '' && !STANDARD.includes(k))
    .sort();
  for (const name of names) data[cleanText(name)] = cleanText(session.fields[name] ?? '');
  return data;
}

/** `---\n<yaml>---\n`. */
export function renderFrontMatter(session: Session): string {
  // lineWidth 0: never fold long values, so a description stays on one line as the user wrote it.
  const yaml = stringify(frontMatterData(session), { lineWidth: 0, indentSeq: false });
  return `---\n${yaml}---\n`;
}
