/**
 * What the background announces after each change it makes, with the change itself: a page applies it to what it
 * shows without reading the store. Announcements are numbered within an epoch (one run of the background): a page
 * that sees a gap in the numbers, or a new epoch, read something it missed and reads the store again.
 */
import type { Follow, PageContext, Selection } from '../model/context';
import type { Id, Note, Section, Session } from '../model/types';
import type { NowChoice } from '../schedule/now';
import type { Removed } from '../store/api';

export type Change =
  /**
   * A snapshot's note comes with its thumbnail as a data URL (a few KB), so that the pages show it at once instead
   * of reading the image back from the store.
   */
  | { kind: 'note/added'; note: Note; thumb?: string }
  | { kind: 'note/edited'; note: Note }
  | { kind: 'note/moved'; note: Note; fromSectionId: Id }
  | { kind: 'note/deleted'; note: Note }
  | { kind: 'section/added' | 'section/renamed' | 'section/moved'; section: Section }
  | { kind: 'section/deleted'; section: Section }
  /** A schedule import wrote these sections (new, updated, renumbered) in one transaction. */
  | { kind: 'schedule/imported'; sessionId: Id; sections: Section[] }
  /** The talks picked among parallel ones, or the talk last written in, changed. */
  | { kind: 'schedule/choice'; choice: Required<NowChoice> }
  | { kind: 'session/added' | 'session/changed'; session: Session }
  | { kind: 'session/deleted'; sessionId: Id }
  /** Undo put back what a delete removed. */
  | { kind: 'restored'; removed: Removed }
  /** A backup was imported: anything may have changed, read again. */
  | { kind: 'reset' }
  | { kind: 'selection/changed'; selection: Selection; follow: Follow }
  | { kind: 'context/changed'; context: PageContext | null };

export interface Announcement {
  type: 'workspace/changed';
  epoch: string;
  seq: number;
  change: Change;
}

/** What a page needs to start: the choice, the context and the number of the last announcement it includes. */
export interface WorkspaceSnapshot {
  epoch: string;
  seq: number;
  selection: Selection;
  follow: Follow;
  /** The talks picked among parallel ones and the talk last written in: "the talk on now" reads them. */
  choice: Required<NowChoice>;
  context: PageContext | null;
}

/** Numbers announcements: `send` delivers each one to the open pages. */
export function announcer(send: (announcement: Announcement) => void, epoch = newEpoch()) {
  let seq = 0;
  return {
    epoch,
    get seq() {
      return seq;
    },
    announce(change: Change): void {
      send({ type: 'workspace/changed', epoch, seq: ++seq, change });
    },
  };
}

function newEpoch(): string {
  return Math.random().toString(36).slice(2) + Date.now().toString(36);
}
