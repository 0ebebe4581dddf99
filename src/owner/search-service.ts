/**
 * The search index of every session, in the background: built on the first query (never when a page opens), one
 * session at a time with a pause between them so a capture arriving meanwhile is written at once, and kept current
 * from the owner's own change announcements. Changes announced while it builds are replayed, in order, once every
 * session is read: a session read before a change gets it then, one read after it gets it twice, harmlessly
 * (every change carries whole records). A query during the build waits for it, so a note saved then is found.
 */
import { logged } from '../log';
import type { Store } from '../store/api';
import { SearchIndex } from '../search/search-index';
import type { SearchResults } from '../search/results';
import type { Change } from './changes';

export interface SearchServiceDeps {
  store: Pick<Store, 'listSessions' | 'loadSession'>;
  /** Lets other work run between two sessions' reads (the background passes a macrotask). */
  pause?: () => Promise<void>;
}

export interface SearchService {
  search: (input: string, limit?: number) => Promise<SearchResults>;
  /** Every change the owner announces. */
  apply: (change: Change) => void;
  /** What the index holds, for the benchmark: notes and sections indexed; build time of the last build. */
  stats: () => { documents: number; buildMs: number };
}

export function createSearchService({ store, pause = () => Promise.resolve() }: SearchServiceDeps): SearchService {
  let index: SearchIndex | null = null;
  let building: Promise<SearchIndex> | null = null;
  /** The changes announced during each build under way, to replay when it has read everything. */
  const pending = new Set<Change[]>();
  let buildMs = 0;

  async function build(): Promise<SearchIndex> {
    const started = Date.now();
    const fresh = new SearchIndex();
    const changes: Change[] = [];
    pending.add(changes);
    try {
      for (const session of await store.listSessions()) {
        await pause();
        const contents = await store.loadSession(session.id);
        if (!contents) continue;
        fresh.putSession(contents.session);
        for (const section of contents.sections) {
          fresh.putSection(section);
          for (const note of contents.notesBySection.get(section.id) ?? []) fresh.putNote(note);
        }
      }
      for (const change of changes) applyTo(fresh, change);
    } finally {
      pending.delete(changes);
    }
    buildMs = Date.now() - started;
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
    stats: () => ({ documents: index?.size ?? 0, buildMs }),
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
