/**
 * The intents that change the notes or the selection, as the protocol names them, handed to the owner. Each
 * answers what it made, or the reason it failed in words for the user (the page keeps what was typed). The
 * background routes these (src/background/workspace-handlers.ts); component tests call them in-process.
 */
import type { BackgroundRequests, Done, RequestOf, ResponseOf } from '../messages';
import type { FrozenMoment } from '../model/context';
import type { ClockAlignment } from '../model/types';
import { isNoteStyle } from '../model/typed-note';
import { youtubeSourceOf } from '../model/youtube';
import type { WorkspaceSnapshot } from './changes';
import type { Owner } from './owner';

export type Intent =
  | 'workspace/get'
  | 'selection/choose'
  | 'follow/talk'
  | 'session/create'
  | 'session/update'
  | 'session/delete'
  | 'workspace/restore'
  | 'section/add'
  | 'section/update'
  | 'section/move'
  | 'section/delete'
  | 'note/capture'
  | 'note/restyle'
  | 'note/update'
  | 'note/move'
  | 'note/remove-time'
  | 'note/delete'
  | 'schedule/preview'
  | 'schedule/import'
  | 'schedule/pick'
  | 'section/link-video';

export type Intents = {
  [K in Intent]: (request: RequestOf<BackgroundRequests, K>) => Promise<ResponseOf<BackgroundRequests, K>>;
};

/** A frozen moment from a page's message, kept only when it names a real talk (and a time of that talk). */
export function checkedFrozen(value: unknown): FrozenMoment | null {
  const f = value as Partial<FrozenMoment> | null;
  if (typeof f !== 'object' || f === null) return null;
  const source = youtubeSourceOf(f.source);
  const m = f.moment;
  const moment =
    source && m && m.videoId === source.videoId && typeof m.seconds === 'number' && m.seconds >= 0
      ? { videoId: m.videoId, seconds: Math.floor(m.seconds) }
      : null;
  const checked: FrozenMoment = {
    source,
    moment,
    title: typeof f.title === 'string' ? f.title.slice(0, 500) : '',
    problem: '',
  };
  if (typeof f.clockAt === 'number' && Number.isFinite(f.clockAt) && f.clockAt > 0) checked.clockAt = f.clockAt;
  return checked;
}

/** An alignment from a page's message: a clock moment and a video second, both real numbers, else refused. */
export function checkedAlignment(value: unknown): ClockAlignment | null {
  if (value === null) return null;
  const a = (typeof value === 'object' ? value : {}) as Partial<Record<keyof ClockAlignment, unknown>>;
  const ok = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;
  if (!ok(a.clock) || !ok(a.seconds)) throw new Error('The alignment needs a moment in the video.');
  return { clock: a.clock, seconds: a.seconds };
}

/** `seq`: the number of the last announcement made, so an answer says which one shows its change. */
export function ownerIntents(
  owner: () => Promise<Owner>,
  snapshot: () => Promise<WorkspaceSnapshot>,
  seq: () => number,
): Intents {
  async function done<T>(what: string, act: (owner: Owner) => Promise<T>): Promise<Done<T>> {
    try {
      const value = await act(await owner());
      return { value, seq: seq() };
    } catch (error) {
      return { error: `${what} failed: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  return {
    'workspace/get': () => snapshot(),
    'selection/choose': ({ selection }) => done('Choosing', (o) => o.chooseSection(selection)),
    'follow/talk': () => done('Filing under the talk', (o) => o.followTalk()),
    'session/create': ({ input }) => done('Creating the session', (o) => o.createSession(input)),
    'session/update': ({ id, patch }) => done('Saving the session', (o) => o.updateSession(id, patch)),
    'session/delete': ({ id }) => done('Deleting the session', (o) => o.deleteSession(id)),
    'workspace/restore': ({ removed }) => done('Undo', (o) => o.restore(removed)),
    'section/add': ({ sessionId, input }) => done('Adding the section', (o) => o.addSection(sessionId, input)),
    'section/update': ({ id, patch }) => done('Renaming the section', (o) => o.updateSection(id, patch)),
    'section/move': ({ id, beforeId }) => done('Moving the section', (o) => o.moveSection(id, beforeId)),
    'section/delete': ({ id }) => done('Deleting the section', (o) => o.deleteSection(id)),
    'note/capture': ({ text, frozen, style }) => {
      if (typeof text !== 'string' || text.trim() === '') return Promise.resolve({ error: 'The note is empty.' });
      return done('Saving the note', async (o) => {
        const { note, filed } = await o.captureNote(
          text,
          frozen === null ? null : checkedFrozen(frozen),
          isNoteStyle(style) ? style : 'text',
        );
        return { note, sectionTitle: filed.section.title };
      });
    },
    'note/restyle': ({ id, kind }) => {
      if (!isNoteStyle(kind))
        return Promise.resolve({ error: 'A note can become a text note, a quote or a sub-heading.' });
      return done('Changing the note', (o) => o.restyleNote(id, kind));
    },
    'note/update': ({ id, patch }) => done('Saving the note', (o) => o.updateNote(id, patch)),
    'note/move': ({ id, from, sectionId, beforeId, at }) =>
      done('Moving the note', (o) => o.moveNote(id, from, at ? { sectionId, beforeId, at } : { sectionId, beforeId })),
    'note/remove-time': ({ id }) => done('Removing the time', (o) => o.removeNoteTime(id)),
    'note/delete': ({ id }) => done('Deleting the note', (o) => o.deleteNote(id)),
    'schedule/preview': (request) => done('Reading the schedule', (o) => o.previewSchedule(request)),
    'schedule/import': (request) => done('Importing the schedule', (o) => o.importSchedule(request)),
    'schedule/pick': ({ sessionId, talkId }) => done('Choosing the talk', (o) => o.pickTalk(sessionId, talkId)),
    'section/link-video': ({ id, videoId, alignment }) =>
      done('Linking the video', (o) =>
        o.linkVideo(id, typeof videoId === 'string' ? videoId : null, checkedAlignment(alignment)),
      ),
  };
}
