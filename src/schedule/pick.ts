/**
 * The user's choices among parallel talks, kept by the background: the talk picked for a slot (one per slot, so a
 * later pick replaces an earlier one that overlaps it) and the talk last written in (whose room is preferred).
 */
import type { NowChoice } from './now';
import type { Talk } from './talk';

/** Picks are few a day; the oldest are dropped past this many, so the kept choice stays small. */
const KEEP = 200;

export const NO_CHOICE: Required<NowChoice> = { picked: [], lastWritten: '' };

const overlaps = (a: Talk, b: Talk) => a.start < b.end && b.start < a.end;

/** `talks`: the session's talks. Picking a talk unpicks every talk that overlaps it. */
export function pickInSlot(choice: NowChoice, talks: readonly Talk[], talkId: string): Required<NowChoice> {
  const talk = talks.find((t) => t.talkId === talkId);
  const clash = new Set(talk ? talks.filter((t) => overlaps(t, talk)).map((t) => t.talkId) : [talkId]);
  const picked = (choice.picked ?? []).filter((id) => !clash.has(id));
  return { picked: [...picked, talkId].slice(-KEEP), lastWritten: choice.lastWritten ?? '' };
}

/** A stored choice as read back: anything else is no choice (it only ever orders talks, so nothing is lost). */
export function checkedChoice(value: unknown): Required<NowChoice> {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof NowChoice, unknown>>;
  const picked = Array.isArray(v.picked) ? v.picked.filter((id): id is string => typeof id === 'string') : [];
  return { picked: picked.slice(-KEEP), lastWritten: typeof v.lastWritten === 'string' ? v.lastWritten : '' };
}
