/** A stored section as the rest of the extension knows it: without the store's note count (see schema.ts). */
import type { Section } from '../model/types';
import type { StoredSection } from './schema';

export function sectionOf(stored: StoredSection): Section {
  const { noteCount: _count, ...section } = stored;
  return section;
}
