/** Searching every session, for the panel and the popup (only the extension's own pages may ask: see router.ts). */
import type { Handlers } from './handlers';
import { logged } from '../log';
import { searchService } from './search';

/** Longer queries are cut: nobody types more, and the index should not be made to work on pasted pages. */
const MAX_QUERY = 500;
const MAX_RESULTS = 200;

export const searchHandlers: Handlers<'search/query'> = {
  async 'search/query'({ query, limit }) {
    if (typeof query !== 'string') return { error: 'The search is not text.' };
    const count = typeof limit === 'number' && Number.isInteger(limit) ? Math.min(Math.max(limit, 1), MAX_RESULTS) : 50;
    try {
      return await searchService.search(query.slice(0, MAX_QUERY), count);
    } catch (error) {
      logged('searching the notes')(error);
      return { error: 'The notes could not be searched: the database did not answer. Try again.' };
    }
  },
};
