/**
 * The owner's part for the event's schedule: previewing and importing a schedule file into a session (parsed here,
 * in the background, never in a page), picking a talk among parallel ones, and linking a talk's recording with its
 * alignment to the clock. Each write is one store transaction followed by its announcement.
 */
import { isVideoId } from '../model/youtube';
import type { Follow, Selection } from '../model/context';
import type { ClockAlignment, Id, Section, YouTubeSource } from '../model/types';
import type { ScheduleImportSummary } from '../schedule/import-plan';
import type { ScheduleFilter } from '../schedule/merge';
import type { NowChoice } from '../schedule/now';
import { parseSchedule } from '../schedule/parse-schedule';
import { pickInSlot } from '../schedule/pick';
import { previewScheduleImport, type SchedulePreview } from '../schedule/preview';
import { talksOf } from '../schedule/section-talk';
import type { Store } from '../store/api';
import type { Change } from './changes';
import type { Kept } from './owner';

/** A schedule file's text and how to read it: the zone for files whose times have none, and what to add. */
export interface ScheduleImportRequest {
  sessionId: Id;
  text: string;
  timeZone?: string;
  filter?: ScheduleFilter;
}

interface Deps {
  store: Store;
  announce: (change: Change) => void;
  nowChoice: Kept<Required<NowChoice>>;
  follow: Kept<Follow>;
  selection: Kept<Selection>;
  choose: (selection: Selection, follow: Follow) => Promise<void>;
}

/** Only the days and rooms a filter may name: strings, a bounded number of them. */
function cleanFilter(filter: ScheduleFilter | undefined): ScheduleFilter {
  const list = (value: unknown) =>
    Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').slice(0, 500) : [];
  return { days: list(filter?.days), rooms: list(filter?.rooms) };
}

function parse(request: ScheduleImportRequest) {
  if (typeof request.text !== 'string') throw new Error('There is no schedule file to read.');
  const timeZone = typeof request.timeZone === 'string' && request.timeZone ? request.timeZone : undefined;
  return parseSchedule(request.text, timeZone ? { timeZone } : {});
}

export function scheduleActions(deps: Deps) {
  const { store, announce } = deps;

  async function sessionSections(sessionId: Id): Promise<Section[]> {
    if (!(await store.getSession(sessionId))) throw new Error('This session no longer exists.');
    return store.listSections(sessionId);
  }

  return {
    /** What importing this file would add and change in the session (nothing is written). */
    async previewSchedule(request: ScheduleImportRequest): Promise<SchedulePreview> {
      const schedule = parse(request);
      return previewScheduleImport(await sessionSections(request.sessionId), schedule, cleanFilter(request.filter));
    },

    /** Imports the file whole (or nothing), and announces every section it wrote in one change. */
    async importSchedule(request: ScheduleImportRequest): Promise<ScheduleImportSummary> {
      const schedule = parse(request);
      const { written, ...summary } = await store.importSchedule(
        request.sessionId,
        schedule,
        cleanFilter(request.filter),
      );
      if (written.length > 0) announce({ kind: 'schedule/imported', sessionId: request.sessionId, sections: written });
      return summary;
    },

    /** One click on another talk of the slot: notes go there while that slot is on (and follow the schedule again). */
    async pickTalk(sessionId: Id, talkId: string): Promise<null> {
      const talks = talksOf(await sessionSections(sessionId));
      if (!talks.some((t) => t.talkId === talkId)) throw new Error('This talk is not in the session’s schedule.');
      const choice = pickInSlot(await deps.nowChoice.load(), talks, talkId);
      await deps.nowChoice.save(choice);
      announce({ kind: 'schedule/choice', choice });
      const follow = await deps.follow.load();
      if (follow.declinedTalkId !== undefined) {
        await deps.choose(await deps.selection.load(), { declinedVideoId: follow.declinedVideoId });
      }
      return null;
    },

    /**
     * Links a talk's recording (`videoId` null unlinks it) with how it lines up with the clock (null: not yet).
     * The section's other video details are kept when the same video is linked again with a new alignment.
     */
    async linkVideo(sectionId: Id, videoId: string | null, alignment: ClockAlignment | null): Promise<Section> {
      const section = await store.getSection(sectionId);
      if (!section) throw new Error('This section no longer exists.');
      if (videoId === null) {
        const unlinked = await store.updateSection(sectionId, { source: undefined });
        announce({ kind: 'section/renamed', section: unlinked });
        return unlinked;
      }
      if (!isVideoId(videoId)) throw new Error('That is not a YouTube video.');
      const other = (await store.listSections(section.sessionId)).find(
        (s) => s.id !== sectionId && s.source?.videoId === videoId,
      );
      if (other) throw new Error(`This video is already linked to “${other.title}”.`);
      const { alignment: _old, ...kept } =
        section.source?.videoId === videoId ? section.source : ({ kind: 'youtube', videoId } as YouTubeSource);
      const source: YouTubeSource = alignment ? { ...kept, alignment } : kept;
      const linked = await store.updateSection(sectionId, { source });
      announce({ kind: 'section/renamed', section: linked });
      return linked;
    },
  };
}
