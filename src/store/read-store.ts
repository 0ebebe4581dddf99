/** What the pages read of the store (they never write it): see src/store/reads.ts for why it stands apart. */
import type { Store } from './api';
import type { ConfnotesDatabase } from './db';
import { partialSessionOps } from './partial-session';
import { readOps } from './reads';
import { imageReads } from './image-reads';

export type StoreReads = Pick<
  Store,
  'listSessions' | 'loadPartialSession' | 'loadEarlierNotes' | 'getSection' | 'getImage' | 'listImages' | 'imageUsage'
>;

export function createReadStore(db: ConfnotesDatabase): StoreReads {
  return { ...readOps({ db }), ...partialSessionOps({ db }), ...imageReads({ db }) };
}
