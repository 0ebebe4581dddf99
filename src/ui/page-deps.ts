/**
 * What the pages need from the outside world, as one small interface: the store, the remembered selection and a
 * feed of "something changed" notices between pages. The browser implementation is in page-deps-browser.ts;
 * component tests pass the real store over fake-indexeddb with in-memory selection and changes.
 */
import type { Selection } from '../model/context';
import type { Store } from '../store/api';

export interface SelectionStorage {
  load(): Promise<Selection>;
  save(selection: Selection): Promise<void>;
}

export interface ChangeFeed {
  /** Tell the other open pages that the store changed. */
  notify(sessionId: string | null): void;
  /** Called when another page changed the store; returns the unsubscribe function. */
  subscribe(listener: (sessionId: string | null) => void): () => void;
}

export interface PageDeps {
  store: Store;
  selection: SelectionStorage;
  changes: ChangeFeed;
}

/** In-memory selection and changes: for tests, and for a page that could not reach extension storage. */
export function memorySelection(initial: Selection = { sessionId: null, sectionId: null }): SelectionStorage {
  let current = initial;
  return {
    load: async () => current,
    save: async (selection) => { current = selection; },
  };
}

export function memoryChanges(): ChangeFeed & { emit(sessionId: string | null): void } {
  const listeners = new Set<(sessionId: string | null) => void>();
  return {
    notify: () => undefined,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(sessionId) {
      for (const listener of listeners) listener(sessionId);
    },
  };
}

/** A readable message from anything thrown. */
export function errorText(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return 'unknown error';
}
