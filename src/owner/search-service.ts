/**
 * The search index of every session, in the background: built on the first query (never when a page opens) and
 * kept current from the owner's own change announcements. It reads every session and section with one request
 * each, then the notes a batch at a time, the next batch read while one is indexed, with a pause every few hundred
 * notes so a capture arriving meanwhile is written at once. Changes announced while it builds are replayed, in
 * order, once everything is read: a record read before a change gets it then, one read after it gets it twice,
 * harmlessly (every change carries whole records). A query during the build waits for it, so a note saved then is
 * found.
 */
import { logged } from '../log';
import type { Store } from '../store/api';
import { SearchIndex } from '../search/search-index';
import type { SearchResults } from '../search/results';
import type { Change } from './changes';

export interface SearchServiceDeps {
  store: Pick<Store, 'listAllSessions' | 'listAllSections' | 'readNotes'>;
  /** Lets other work run between two slices of the build (the background passes a macrotask). */
  pause?: () => Promise<void>;
  /** Notes per read; notes indexed between two pauses. */
  batch?: number;
  slice?: number;
}

export interface SearchService {
  search: (input: string, limit?: number) => Promise<SearchResults>;
  /** Every change the owner announces. */
  apply: (change: Change) => void;
  /** What the index holds, for the benchmark: notes and sections indexed; times of the last build. */
  stats: () => { documents: number; buildMs: number; readMs: number; indexMs: number };
}

export function createSearchService({
  store,
  pause = () => Promise.resolve(),
  batch = 5_000,
  slice = 500,
}: SearchServiceDeps): SearchService {
  let index: SearchIndex | null = null;
  let building: Promise<SearchIndex> | null = null;
  /** The changes announced during each build under way, to replay when it has read everything. */
  const pending = new Set<Change[]>();
  let times = { buildMs: 0, readMs: 0, indexMs: 0 };

  async function build(): Promise<SearchIndex> {
    const started = Date.now();
    const clock = { read: 0, index: 0 };
    const timed = async <T>(work: Promise<T>): Promise<T> => {
      const from = Date.now();
      const value = await work;
      clock.read += Date.now() - from;
      return value;
    };
    const fresh = new SearchIndex();
    const changes: Change[] = [];
    pending.add(changes);
    try {
      const [sessions, sections] = await timed(Promise.all([store.listAllSessions(), store.listAllSections()]));
      sessions.forEach((session) => fresh.putSession(session));
      sections.forEach((section) => fresh.putSection(section));
      let reading = store.readNotes(null, batch);
      for (;;) {
        const { notes, next } = await timed(reading);
        // The next batch is read while this one is indexed.
        if (next !== null) {
          reading = store.readNotes(next, batch);
          // Awaited on the next turn of the loop; a failure meanwhile is not an unhandled one.
          reading.catch(() => undefined);
        }
        for (let from = 0; from < notes.length; from += slice) {
          const indexing = Date.now();
          for (const note of notes.slice(from, from + slice)) fresh.putNote(note);
          clock.index += Date.now() - indexing;
          await pause();
        }
        if (next === null) break;
      }
      for (const change of changes) applyTo(fresh, change);
    } finally {
      pending.delete(changes);
    }
    times = { buildMs: Date.now() - started, readMs: clock.read, indexMs: clock.index };
    return fresh;
  }

  function ready(): Promise<SearchIndex> {
    if (index) return Promise.resolve(index);
    const mine = (building ??= build().then(
      (built) => {
        // A reset during the build made this one stale: the next query builds again.
        if (building === mine) [index, building] = [built, null];
        return built;
      },
      (error: unknown) => {
        if (building === mine) building = null;
        throw error;
      },
    ));
    return mine;
  }

  return {
    async search(input, limit) {
      return (await ready()).search(input, limit);
    },
    apply(change) {
      if (change.kind === 'reset') {
        index = null;
        building = null;
        return;
      }
      pending.forEach((changes) => changes.push(change));
      try {
        if (index) applyTo(index, change);
      } catch (error) {
        // The index missed a change it could not take: drop it, the next query reads everything again.
        logged('keeping the search index current')(error);
        index = null;
      }
    },
    stats: () => ({ documents: index?.size ?? 0, ...times }),
  };
}

function applyTo(index: SearchIndex, change: Change): void {
  switch (change.kind) {
    case 'note/added':
    case 'note/edited':
    case 'note/moved':
      return index.putNote(change.note);
    case 'note/deleted':
      return index.removeNote(change.note.id);
    case 'section/added':
    case 'section/renamed':
    case 'section/moved':
      return index.putSection(change.section);
    case 'section/deleted':
      return index.removeSection(change.section.id);
    case 'schedule/imported':
      return change.sections.forEach((section) => index.putSection(section));
    case 'session/added':
    case 'session/changed':
      return index.putSession(change.session);
    case 'session/deleted':
      return index.removeSession(change.sessionId);
    case 'restored':
      change.removed.sessions.forEach((session) => index.putSession(session));
      change.removed.sections.forEach((section) => index.putSection(section));
      return change.removed.notes.forEach((note) => index.putNote(note));
    case 'reset':
    case 'schedule/choice':
    case 'selection/changed':
    case 'context/changed':
      return;
  }
}
