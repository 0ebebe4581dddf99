/**
 * The background's search index (src/owner/search-service.ts): over the background's store, built on the first
 * query with a macrotask between two sessions' reads so captures are not kept waiting, and fed every change the
 * background announces.
 */
import { createSearchService } from '../owner/search-service';
import { backgroundStore } from './store';

export const searchService = createSearchService({
  store: {
    listSessions: async () => (await backgroundStore()).listSessions(),
    loadSession: async (id) => (await backgroundStore()).loadSession(id),
  },
  pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
});
