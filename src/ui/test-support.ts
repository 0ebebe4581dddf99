/**
 * For tests only (imported by *.test.tsx, never by the extension): the pages' deps over a real store on
 * fake-indexeddb, with the real owner and its intents in-process, the selection and follow state in memory, and
 * a context the test sets. Announcements are delivered asynchronously, as runtime messages are.
 */
import { frozenMoment } from '../capture/youtube/moment';
import type { Follow, PageContext, Selection } from '../model/context';
import { FOLLOWING, NO_SELECTION } from '../model/context';
import { announcer, type Announcement } from '../owner/changes';
import { ownerIntents, type Intent } from '../owner/intents';
import { createOwner } from '../owner/owner';
import { createSearchService } from '../owner/search-service';
import type { Store } from '../store/api';
import type { Ask, PageDeps } from './page-deps';

function kept<T>(initial: T) {
  let value = initial;
  return {
    load: async () => value,
    save: async (next: T) => {
      value = next;
    },
  };
}

export function localWorkspace(store: Store, initial: { selection?: Selection; context?: PageContext | null } = {}) {
  const selection = kept<Selection>(initial.selection ?? NO_SELECTION);
  const follow = kept<Follow>(FOLLOWING);
  let context = initial.context ?? null;
  const listeners = new Set<(announcement: Announcement) => void>();
  const sent: Announcement[] = [];
  // The search index follows the announcements, as the background's does.
  const search = createSearchService({ store });
  const announcements = announcer((a) => {
    search.apply(a.change);
    sent.push(a);
    queueMicrotask(() => {
      for (const listener of listeners) listener(a);
    });
  });
  const talk = async () => {
    const frozen = frozenMoment(context, 0);
    return frozen.source ? frozen : null;
  };
  const owner = createOwner({
    store,
    selection,
    follow,
    talk,
    announce: (c) => announcements.announce(c),
    today: () => '2026-01-01',
  });
  const snapshot = async () => ({
    epoch: announcements.epoch,
    seq: announcements.seq,
    selection: await selection.load(),
    follow: await follow.load(),
    choice: await owner.nowChoice(),
    context,
  });
  const intents = ownerIntents(
    async () => owner,
    snapshot,
    () => announcements.seq,
  );
  const ask = ((type: string, payload: object) => {
    if (type === 'search/query') {
      const { query, limit } = payload as { query: string; limit?: number };
      return search.search(query, limit);
    }
    if (!Object.hasOwn(intents, type)) return Promise.reject(new Error(`${type} is not answered in component tests`));
    return (intents[type as Intent] as (request: object) => Promise<unknown>)({ ...payload, type });
  }) as Ask;
  const deps: PageDeps = {
    store,
    ask,
    announcements: {
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
  };
  return {
    deps,
    owner,
    selection,
    follow,
    sent,
    setContext(next: PageContext | null) {
      context = next;
      announcements.announce({ kind: 'context/changed', context });
    },
  };
}
