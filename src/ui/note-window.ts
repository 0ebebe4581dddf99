/**
 * Which notes the panel reads and shows. A 10,000-note session must open fast, so the panel reads only
 * the newest notes of each section (Store.loadPartialSession) within a budget, and a section's earlier notes when
 * the user asks. What is loaded is always a section's newest notes: every note from some order on, so "earlier"
 * is simply the section's count minus what is loaded.
 */
import { byOrder } from '../model/order';
import type { Id, Note } from '../model/types';
import type { PartialSession } from '../store/api';

/** How many of a section's latest notes are read at first. */
export const NOTES_SHOWN = 50;
/** How many notes the whole panel reads at first. */
export const PANEL_BUDGET = 200;
/** How many earlier notes each "Show earlier notes" reads. */
export const EARLIER_STEP = NOTES_SHOWN * 5;
/**
 * How many notes each section shows at first: the current section and then the latest sections (where the
 * talk being written up is) get their notes until the panel's budget is spent; earlier sections start folded.
 */
export function initialShown(
  sectionIds: readonly string[],
  counts: ReadonlyMap<string, number>,
  currentId: string | null,
): Map<string, number> {
  const shown = new Map<string, number>();
  let budget = PANEL_BUDGET;
  const give = (id: string) => {
    const n = Math.min(counts.get(id) ?? 0, NOTES_SHOWN, budget);
    shown.set(id, n);
    budget -= n;
  };
  if (currentId && sectionIds.includes(currentId)) give(currentId);
  for (const id of [...sectionIds].reverse()) if (!shown.has(id)) give(id);
  return shown;
}

/** How many of a section's notes are not loaded (they come before the loaded ones). */
export function earlierCount(contents: PartialSession, sectionId: Id): number {
  return Math.max(0, (contents.noteCounts.get(sectionId) ?? 0) - (contents.notesBySection.get(sectionId)?.length ?? 0));
}

/**
 * How many newest notes to read of each section (`counts`: each section's total, in order). A session opened
 * afresh gets the initial budget; reading the same session again keeps what each section had loaded (the same
 * number hidden before it), so a change elsewhere does not fold what the user unfolded. A folded section still
 * reads its latest note, which says what it was about.
 */
export function windowSizes(
  counts: ReadonlyMap<Id, number>,
  currentId: Id | null,
  previous: PartialSession | null,
): Map<Id, number> {
  const sizes = initialShown([...counts.keys()], counts, currentId);
  for (const [id, count] of counts) {
    const known = previous?.notesBySection.has(id) ? count - earlierCount(previous, id) : (sizes.get(id) ?? 0);
    sizes.set(id, Math.max(Math.min(count, 1), known));
  }
  return sizes;
}

/** The session with `notes` (read by loadEarlierNotes) put before a section's loaded notes. */
export function withEarlier(contents: PartialSession, sectionId: Id, notes: readonly Note[]): PartialSession {
  const loaded = contents.notesBySection.get(sectionId);
  if (!loaded || notes.length === 0) return contents;
  const ids = new Set(loaded.map((n) => n.id));
  const notesBySection = new Map(contents.notesBySection);
  notesBySection.set(sectionId, [...notes.filter((n) => !ids.has(n.id)), ...loaded].sort(byOrder));
  return { ...contents, notesBySection };
}
