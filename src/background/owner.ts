/**
 * The owner (src/owner/owner.ts) in the background: over the background's one store, the selection in
 * `storage.local`, whether notes follow the talk in `storage.session` (a browser restart follows again), the
 * context tab's talk, and announcements sent to every open page, numbered within this run of the background.
 */
import type { Follow, PageContext } from '../model/context';
import { FOLLOWING } from '../model/context';
import { frozenMoment } from '../capture/youtube/moment';
import browser from 'webextension-polyfill';
import { logged } from '../log';
import type { WorkspaceSnapshot } from '../owner/changes';
import { createOwner, type Owner } from '../owner/owner';
import type { NowChoice } from '../schedule/now';
import { checkedChoice } from '../schedule/pick';
import { loadSelection, saveSelection } from '../settings/settings-storage';
import { announcements } from './announce';
import { currentContext } from './context-handlers';
import { readSessionValue, writeSessionValue } from './session-values';
import { backgroundStore } from './store';

const FOLLOW_KEY = 'follow';

const follow = {
  async load(): Promise<Follow> {
    const value = (await readSessionValue(FOLLOW_KEY)) as Partial<Follow> | undefined;
    return typeof value?.declinedVideoId === 'string' ? { declinedVideoId: value.declinedVideoId } : FOLLOWING;
  },
  async save(value: Follow): Promise<void> {
    await writeSessionValue(FOLLOW_KEY, value);
  },
};

const CHOICE_KEY = 'nowChoice';

/** The talks picked among parallel ones: in storage.local, as the selection is (they outlive a browser restart). */
const nowChoice = {
  async load(): Promise<Required<NowChoice>> {
    const stored = await browser.storage.local.get(CHOICE_KEY).catch(logged('reading the picked talks'));
    return checkedChoice(stored?.[CHOICE_KEY]);
  },
  async save(value: Required<NowChoice>): Promise<void> {
    await browser.storage.local.set({ [CHOICE_KEY]: value });
  },
};

let owner: Promise<Owner> | null = null;

export function theOwner(): Promise<Owner> {
  owner ??= backgroundStore().then(
    (store) =>
      createOwner({
        store,
        selection: { load: loadSelection, save: saveSelection },
        follow,
        nowChoice,
        // Date.now, read at each call: the end-to-end tests set the background's clock through DevTools.
        now: () => Date.now(),
        async talk() {
          const frozen = frozenMoment(await currentContext(), 0);
          return frozen.source ? frozen : null;
        },
        announce: (change) => announcements.announce(change),
      }),
    (error: unknown) => {
      owner = null;
      throw error;
    },
  );
  return owner;
}

export async function snapshot(): Promise<WorkspaceSnapshot> {
  // The number first: a change announced while the rest is read is then seen again, never missed.
  const seq = announcements.seq;
  const [selection, followed, choice, context] = await Promise.all([
    loadSelection(),
    follow.load(),
    nowChoice.load(),
    currentContext(),
  ]);
  return { epoch: announcements.epoch, seq, selection, follow: followed, choice, context };
}

let reads = 0;

/**
 * Reads the context and announces it. Reads can overlap (a tab event, then the player's): only the latest one
 * started is announced, so a slow earlier read never replaces what a later one saw.
 */
export function announceContext(known?: PageContext): void {
  const mine = ++reads;
  void (known ? Promise.resolve(known) : currentContext()).then(
    (context) => {
      if (mine === reads) announcements.announce({ kind: 'context/changed', context });
    },
    () => undefined,
  );
}
