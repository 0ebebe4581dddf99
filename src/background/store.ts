/**
 * The background's one store, opened on first use and shared by every handler; an open that failed is retried
 * on the next use.
 */
import type { Store } from '../store/api';
import { createStore } from '../store/create-store';
import { openConfnotesDB, type ConfnotesDatabase } from '../store/db';
import '../store/record-checks-static';

let database: Promise<ConfnotesDatabase> | null = null;
let store: Promise<Store> | null = null;

export function backgroundDatabase(): Promise<ConfnotesDatabase> {
  database ??= openConfnotesDB().catch((error: unknown) => {
    database = null;
    throw error;
  });
  return database;
}

export function backgroundStore(): Promise<Store> {
  store ??= backgroundDatabase().then(
    (db) => createStore(db),
    (error: unknown) => {
      store = null;
      throw error;
    },
  );
  return store;
}
