/**
 * The background's one store, opened on first use and shared by every handler; an open that failed is retried
 * on the next use. Also the rule every capture follows for its session: the chosen one, else the latest, else a
 * new one for today (and that becomes the chosen one, so every page follows).
 */
import type { Selection } from '../model/context';
import type { Id } from '../model/types';
import type { Store } from '../store/api';
import { createStore } from '../store/create-store';
import { openConfnotesDB } from '../store/db';
import { saveSelection } from '../settings/settings-storage';
import { broadcast } from '../messaging';

let store: Promise<Store> | null = null;

export function backgroundStore(): Promise<Store> {
  store ??= openConfnotesDB().then(createStore, (error: unknown) => {
    store = null;
    throw error;
  });
  return store;
}

export async function currentSessionId(db: Store, selection: Selection): Promise<Id> {
  if (selection.sessionId && (await db.getSession(selection.sessionId))) return selection.sessionId;
  const [latest] = (await db.listSessions()).sort((a, b) => b.updatedAt - a.updatedAt);
  const date = new Date().toISOString().slice(0, 10);
  const session = latest
    ?? (await db.createSession({ title: `Talk notes ${date}`, date, description: '', tags: [], categories: [] }));
  const chosen = { sessionId: session.id, sectionId: null };
  await saveSelection(chosen);
  broadcast({ type: 'selection/changed', selection: chosen });
  return session.id;
}
