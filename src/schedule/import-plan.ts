/**
 * What importing a schedule into a session writes: the sections of updated talks and of new talks, each new one
 * placed after the section of the talk before it (a talk earlier than every known one goes before the first talk's
 * section; into a session without talks, after everything). Pure: the store writes `put` in one transaction.
 */
import { ORDER_STEP, orderBetween } from '../model/order';
import type { Id, Millis, Section } from '../model/types';
import { mergeSchedule, titleAfter, type ScheduleFilter, type TalkChange } from './merge';
import { sectionFieldsOf, talksOf } from './section-talk';
import type { Schedule } from './talk';

export interface ScheduleImportSummary {
  added: number;
  /** Updated talks, by change (a talk moved and renamed counts in both). */
  changes: Record<TalkChange, number>;
  unchanged: number;
}

export interface ScheduleImportPlan {
  /** Every section to write (updated, new, and any whose order had to make room), each once. */
  put: Section[];
  summary: ScheduleImportSummary;
}

export interface PlanContext {
  sessionId: Id;
  now: Millis;
  newId: () => Id;
}

/** `sections`: the session's sections, in order. */
export function planScheduleImport(
  sections: readonly Section[],
  schedule: Schedule,
  filter: ScheduleFilter,
  ctx: PlanContext,
): ScheduleImportPlan {
  const list = [...sections].sort((a, b) => a.order - b.order);
  const merge = mergeSchedule(talksOf(list), schedule, filter);
  const changed = new Map<Id, Section>();
  const changes: Record<TalkChange, number> = {
    moved: 0,
    room: 0,
    renamed: 0,
    speakers: 0,
    details: 0,
    cancelled: 0,
    confirmed: 0,
  };

  const byTalk = new Map(list.filter((s) => s.schedule).map((s) => [s.schedule!.talkId, s]));
  for (const update of merge.updated) {
    const section = byTalk.get(update.talkId)!;
    const oldSpeakers = update.before.speakers.join(', ');
    const fields = sectionFieldsOf(update.after);
    const next: Section = {
      ...section,
      title: titleAfter(section.title, update),
      schedule: fields.schedule,
      updatedAt: ctx.now,
      speaker: section.speaker === oldSpeakers ? fields.speaker : section.speaker,
    };
    changed.set(next.id, next);
    list[list.indexOf(section)] = next;
    byTalk.set(update.talkId, next);
    for (const change of update.changes) changes[change] += 1;
  }

  for (const { talk, after } of merge.added) {
    const anchor = after === null ? null : byTalk.get(after)!;
    const firstTalk = list.findIndex((s) => s.schedule);
    const index = anchor ? list.indexOf(anchor) + 1 : firstTalk >= 0 ? firstTalk : list.length;
    let order = orderBetween(list[index - 1]?.order, list[index]?.order);
    if (order === null) {
      // Neighbours too close for a float midpoint: renumber every section, written with the rest.
      list.forEach((s, i) => {
        const renumbered = { ...s, order: (i < index ? i + 1 : i + 2) * ORDER_STEP };
        list[i] = renumbered;
        changed.set(s.id, renumbered);
        if (s.schedule) byTalk.set(s.schedule.talkId, renumbered);
      });
      order = (index + 1) * ORDER_STEP;
    }
    const section: Section = {
      id: ctx.newId(),
      sessionId: ctx.sessionId,
      ...sectionFieldsOf(talk),
      order,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    list.splice(index, 0, section);
    changed.set(section.id, section);
    byTalk.set(talk.talkId, section);
  }
  return {
    put: [...changed.values()],
    summary: { added: merge.added.length, changes, unchanged: merge.unchanged.length },
  };
}
