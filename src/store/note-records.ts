/**
 * Building note records from what a user or a capture gives. Only known fields are copied, as plain strings and
 * numbers: whatever else a page or a message carried is dropped, so every stored note matches the backup schema.
 */
import { cut, LIMITS } from '../model/limits';
import { storableHttpUrl } from '../model/safe-url';
import type { ClockStamp, Moment, Note } from '../model/types';
import type { NoteDraft } from './api';

export type NoteBaseFields = Pick<Note, 'id' | 'sessionId' | 'sectionId' | 'order' | 'createdAt' | 'updatedAt'>;

function cleanMoment(at: Moment | undefined): { at?: Moment } {
  return at ? { at: { videoId: String(at.videoId), seconds: Math.max(0, Math.floor(Number(at.seconds))) } } : {};
}

/** An IANA zone name or an offset, as the backup schema has it; the instant is what counts, so anything else is UTC. */
const TIME_ZONE = /^([A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*|[+-]\d{2}:\d{2})$/;

function cleanClock(clock: ClockStamp | undefined): { clock?: ClockStamp } {
  const at = Math.floor(Number(clock?.at));
  if (!clock || !Number.isFinite(at) || at < 0) return {};
  const zone = String(clock.timeZone);
  return { clock: { at, timeZone: zone.length <= 100 && TIME_ZONE.test(zone) ? zone : 'UTC' } };
}

/** Only http(s) addresses are kept: a backup must stay importable, and only such links are ever rendered. */
function clippableUrl(url: unknown): string {
  const href = storableHttpUrl(url);
  if (href === null) throw new Error('Only http and https pages can be clipped.');
  return href;
}

export function noteFromDraft(base: NoteBaseFields, draft: NoteDraft): Note {
  switch (draft.kind) {
    case 'text':
      return { ...base, kind: 'text', text: String(draft.text), ...cleanMoment(draft.at), ...cleanClock(draft.clock) };
    case 'quote':
      return {
        ...base,
        kind: 'quote',
        text: String(draft.text),
        cite: String(draft.cite ?? ''),
        ...(draft.url !== undefined ? { url: clippableUrl(draft.url) } : {}),
        ...cleanMoment(draft.at),
        ...cleanClock(draft.clock),
      };
    case 'page':
      return {
        // The title and selection come from the page: fitted to the limits rather than refused.
        ...base,
        kind: 'page',
        url: clippableUrl(draft.url),
        title: cut(String(draft.title ?? ''), LIMITS.shortText),
        selection: cut(String(draft.selection ?? ''), LIMITS.longText),
        comment: String(draft.comment ?? ''),
      };
    case 'heading':
      return { ...base, kind: 'heading', text: String(draft.text) };
    default:
      throw new Error(`Unknown note kind: ${String((draft as { kind?: unknown }).kind)}`);
  }
}
