/**
 * One user action = one transaction. `inTransaction` opens it over exactly the stores the action names, runs the
 * work (which must only await requests of this transaction, or IndexedDB commits it early) and waits for the
 * commit. If the work throws after some writes, the transaction is aborted so none of them land.
 */
import type { IDBPTransaction } from 'idb';
import type { ConfnotesDatabase } from './db';
import type { ConfnotesDB, StoreName } from './schema';

export interface StoreContext {
  db: ConfnotesDatabase;
  now: () => number;
  newId: () => string;
}

/** A record the action needs is gone (deleted in another window, or a stale id): a message for the user. */
export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} no longer exists.`);
    this.name = 'NotFoundError';
  }
}

export async function inTransaction<S extends StoreName[], M extends IDBTransactionMode, R>(
  db: ConfnotesDatabase,
  stores: S,
  mode: M,
  work: (tx: IDBPTransaction<ConfnotesDB, S, M>) => Promise<R>,
): Promise<R> {
  const tx = db.transaction(stores, mode);
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    // tx.done now rejects only because of `error`, which is thrown below: not a second failure to report.
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request, or already finished: nothing more to undo.
    }
    throw error;
  }
}

/** Key range over a compound [parentId, order] index: every child of one parent, in order. */
export function childrenOf(parentId: string): IDBKeyRange {
  return IDBKeyRange.bound([parentId, -Infinity], [parentId, Infinity]);
}
