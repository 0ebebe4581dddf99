/**
 * The background's search index (src/owner/search-service.ts): over the background's store, built on the first
 * query in slices with a macrotask between two of them so captures are not kept waiting, and fed every change the
 * background announces.
 */
import { createSearchService } from '../owner/search-service';
import { nextTask } from './next-task';
import { backgroundStore } from './store';

export const searchService = createSearchService({
  store: {
    listAllSessions: async () => (await backgroundStore()).listAllSessions(),
    listAllSections: async () => (await backgroundStore()).listAllSections(),
    readNotes: async (after, count) => (await backgroundStore()).readNotes(after, count),
  },
  pause: nextTask,
});
