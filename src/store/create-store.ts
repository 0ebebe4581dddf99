/**
 * The Store of src/store/api.ts over an open Confnotes database. The background does
 * `createStore(await openConfnotesDB())`; tests pass a fake-indexeddb database and may fix the clock and ids.
 */
import type { Store } from './api';
import type { ConfnotesDatabase } from './db';
import { noteOps } from './notes';
import { restoreOps } from './restore';
import { scheduleOps } from './schedule-import';
import { sectionOps } from './sections';
import { sessionOps } from './sessions';
import { partialSessionOps } from './partial-session';
import { readOps } from './reads';
import type { StoreContext } from './transaction';
import { postOps } from './posts-clip';
import { imageOps } from './images';
import { imageReads } from './image-reads';
import { searchReadOps } from './search-reads';

export interface StoreDeps {
  now?: () => number;
  newId?: () => string;
}

export function createStore(db: ConfnotesDatabase, deps: StoreDeps = {}): Store {
  const ctx: StoreContext = { db, now: deps.now ?? Date.now, newId: deps.newId ?? (() => crypto.randomUUID()) };
  return {
    ...readOps(ctx),
    ...sessionOps(ctx),
    ...partialSessionOps(ctx),
    ...restoreOps(ctx),
    ...sectionOps(ctx),
    ...noteOps(ctx),
    ...postOps(ctx),
    ...scheduleOps(ctx),
    ...imageOps(ctx),
    ...imageReads(ctx),
    ...searchReadOps(ctx),
  };
}
