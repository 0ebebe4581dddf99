/**
 * Re-importing a schedule: which known talks changed (moved, renamed, cancelled, confirmed again), which are new,
 * and where new ones go. Pure: the store applies the result in one transaction. A known talk is never dropped (it
 * may hold notes): one missing from the new schedule is marked cancelled. Filters ("only days 2 and 3", "only the
 * rooms I attend") choose which new talks are added; known talks are updated wherever they moved.
 *
 * A known talk is found by its id, else by its page address (so a pretalx .ics after its schedule.json matches
 * too), so importing the same schedule twice, or the same event in another format, adds nothing.
 */
import type { Schedule, Talk } from './talk';

export interface ScheduleFilter {
  /** Conference days (`YYYY-MM-DD`) to add talks from; empty or absent for every day. */
  days?: readonly string[];
  /** Rooms to add talks from; empty or absent for every room. */
  rooms?: readonly string[];
}

export type TalkChange = 'moved' | 'room' | 'renamed' | 'speakers' | 'details' | 'cancelled' | 'confirmed';

export interface TalkUpdate {
  /** The id the known talk had (its section keeps its identity; `after.talkId` may differ across formats). */
  talkId: string;
  before: Talk;
  after: Talk;
  changes: TalkChange[];
}

export interface AddedTalk {
  talk: Talk;
  /** The nearest earlier talk in schedule order that has a section (its section goes after that one), or null. */
  after: string | null;
}

export interface ScheduleMerge {
  added: AddedTalk[];
  updated: TalkUpdate[];
  unchanged: Talk[];
}

export function passes(talk: Talk, filter: ScheduleFilter = {}): boolean {
  const { days = [], rooms = [] } = filter;
  return (days.length === 0 || days.includes(talk.day)) && (rooms.length === 0 || rooms.includes(talk.room));
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function changesBetween(before: Talk, after: Talk): TalkChange[] {
  const changes: TalkChange[] = [];
  if (before.start !== after.start || before.end !== after.end) changes.push('moved');
  if (before.room !== after.room) changes.push('room');
  if (before.title !== after.title) changes.push('renamed');
  if (!sameList(before.speakers, after.speakers)) changes.push('speakers');
  if (
    before.url !== after.url ||
    before.abstract !== after.abstract ||
    before.day !== after.day ||
    before.timeZone !== after.timeZone
  ) {
    changes.push('details');
  }
  if (before.status !== after.status) changes.push(after.status === 'cancelled' ? 'cancelled' : 'confirmed');
  return changes;
}

export function mergeSchedule(known: readonly Talk[], incoming: Schedule, filter: ScheduleFilter = {}): ScheduleMerge {
  const claimed = new Set<Talk>();
  const byId = new Map(incoming.talks.map((t) => [t.talkId, t]));
  const byUrl = new Map(incoming.talks.filter((t) => t.url).map((t) => [t.url, t]));
  const take = (t: Talk | undefined) => (t && !claimed.has(t) ? (claimed.add(t), t) : undefined);

  const updated: TalkUpdate[] = [];
  const unchanged: Talk[] = [];
  /** The incoming talks that have a section, and the talk id that section goes by. */
  const sectionOf = new Map<Talk, string>();
  for (const before of known) {
    const match = take(byId.get(before.talkId)) ?? (before.url ? take(byUrl.get(before.url)) : undefined);
    const after: Talk = match ?? { ...before, status: 'cancelled' };
    const changes = changesBetween(before, after);
    if (changes.length > 0) updated.push({ talkId: before.talkId, before, after, changes });
    else unchanged.push(before);
    if (match) sectionOf.set(match, before.talkId);
  }

  // In schedule order, each new talk goes after the nearest earlier talk that has a section.
  const added: AddedTalk[] = [];
  let previous: string | null = null;
  for (const talk of incoming.talks) {
    const known = sectionOf.get(talk);
    if (known !== undefined) {
      previous = known;
    } else if (talk.status !== 'cancelled' && passes(talk, filter)) {
      added.push({ talk, after: previous });
      previous = talk.talkId;
    }
  }
  return { added, updated, unchanged };
}

/** A section's title after an update: the new title, unless the user had renamed the section themselves. */
export function titleAfter(sectionTitle: string, update: TalkUpdate): string {
  return sectionTitle === update.before.title ? update.after.title : sectionTitle;
}
