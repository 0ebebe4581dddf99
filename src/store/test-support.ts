/**
 * For tests only (imported by *.test.ts, never by the extension): a fresh fake-indexeddb database per test,
 * a store with a predictable clock and ids, and a dump of every record to prove "nothing changed".
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createStore } from './create-store';
import { openConfnotesDB, type ConfnotesDatabase } from './db';
import './record-checks-static';

export async function freshStore(idPrefix = 'id') {
  const factory = new IDBFactory();
  const db = await openConfnotesDB(factory);
  let time = 1_700_000_000_000;
  let id = 0;
  const store = createStore(db, {
    now: () => (time += 1000),
    newId: () => `${idPrefix}-${String(++id).padStart(3, '0')}`,
  });
  return { factory, db, store };
}

/** Every record of every store, in key order: compare before and after to show a failure changed nothing. */
export async function dumpAll(db: ConfnotesDatabase) {
  return {
    sessions: await db.getAll('sessions'),
    sections: await db.getAll('sections'),
    notes: await db.getAll('notes'),
    // Absent in a database written as it was before snapshots (version 3).
    ...(db.objectStoreNames.contains('images') ? { images: await db.getAll('images') } : {}),
  };
}
