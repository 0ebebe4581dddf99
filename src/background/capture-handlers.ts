/**
 * Notes taken against the context tab, written through the store: the first note on a video creates the talk's
 * section in the current session, later notes find it (`sectionForSource`, also after a browser restart); a note on
 * a page that is not a talk goes to the chosen section. With no session yet, one is created for today.
 */
import type { Selection } from '../model/context';
import type { Id, Moment, Note, YouTubeSource } from '../model/types';
import type { Store } from '../store/api';
import { loadSelection } from '../settings/settings-storage';
import { broadcast } from '../messaging';
import { cleanSource } from '../capture/youtube/moment';
import { takeFrozen } from './commands';
import { backgroundStore, currentSessionId } from './store';
import type { Handlers } from './handlers';

/** The chosen section of the session, else its last one, else a new free section. */
async function chosenSectionId(db: Store, sessionId: Id, selection: Selection): Promise<Id> {
  const sections = await db.listSections(sessionId);
  const chosen = sections.find((section) => section.id === selection.sectionId) ?? sections.at(-1);
  return chosen?.id ?? (await db.addSection(sessionId, { title: 'Notes' })).id;
}

function talkTitle(title: string, source: YouTubeSource): string {
  return title.trim() || `YouTube video ${source.videoId}`;
}

function checkedTarget(target: unknown): Selection | null {
  const t = target as Selection | undefined;
  if (!t || typeof t.sessionId !== 'string') return null;
  return { sessionId: t.sessionId, sectionId: typeof t.sectionId === 'string' ? t.sectionId : null };
}

export async function captureNote(
  text: string, moment: Moment | null, source: YouTubeSource | null, title: string, target: Selection | null,
): Promise<Note> {
  const db = await backgroundStore();
  const selection = target ?? (await loadSelection());
  const sessionId = await currentSessionId(db, selection);
  const sectionId = source
    ? (await db.sectionForSource(sessionId, source, { title: talkTitle(title, source), source })).id
    : await chosenSectionId(db, sessionId, selection);
  // A moment counts only for the talk it was taken on.
  const at = source && moment && moment.videoId === source.videoId && moment.seconds >= 0
    ? { videoId: moment.videoId, seconds: Math.floor(moment.seconds) }
    : undefined;
  const note = await db.addNote(sessionId, sectionId, at ? { kind: 'text', text, at } : { kind: 'text', text });
  broadcast({ type: 'store/changed', sessionId });
  return note;
}

export const captureHandlers: Handlers<'note/capture' | 'capture/frozen'> = {
  'note/capture': async ({ text, moment, source, title, target }) => {
    if (typeof text !== 'string' || text.trim() === '') return { error: 'The note is empty.' };
    try {
      const name = typeof title === 'string' ? title.slice(0, 500) : '';
      return { note: await captureNote(text, moment ?? null, cleanSource(source), name, checkedTarget(target)) };
    } catch (error) {
      return { error: `The note was not saved: ${error instanceof Error ? error.message : String(error)}` };
    }
  },
  'capture/frozen': () => takeFrozen(),
};
