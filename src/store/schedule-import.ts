/**
 * Importing an event's schedule into a session: the plan (src/schedule/import-plan.ts) is computed from the
 * session's sections read in the same transaction and written whole, so a re-import racing another window's edit
 * never half applies, and nothing but sections of talks (and, rarely, renumbered neighbours) is written.
 */
import type { Id, Section } from '../model/types';
import { planScheduleImport, type ScheduleImportSummary } from '../schedule/import-plan';
import type { ScheduleFilter } from '../schedule/merge';
import type { Schedule } from '../schedule/talk';
import { fitScheduledSection } from './fit-section';
import { sectionOf, storedSection } from './note-counts';
import { childrenOf, inTransaction, NotFoundError, type StoreContext } from './transaction';

/** What was done, and every section written (new, updated, renumbered), for the owner to announce. */
export type ScheduleImported = ScheduleImportSummary & { written: Section[] };

export function scheduleOps(ctx: StoreContext) {
  return {
    importSchedule(sessionId: Id, schedule: Schedule, filter: ScheduleFilter = {}): Promise<ScheduleImported> {
      return inTransaction(ctx.db, ['sessions', 'sections'], 'readwrite', async (tx) => {
        if (!(await tx.objectStore('sessions').getKey(sessionId))) throw new NotFoundError('This session');
        const sections = tx.objectStore('sections');
        const stored = await sections.index('by-session-order').getAll(childrenOf(sessionId));
        // A schedule changes talks, never their notes: each keeps its count (a new talk has none).
        const counts = new Map(stored.map((s) => [s.id, s.noteCount]));
        const plan = planScheduleImport(stored.map(sectionOf), schedule, filter, {
          sessionId,
          now: ctx.now(),
          newId: () => ctx.newId(),
        });
        // Checked like every write; a schedule's long texts are fitted first, as captured values are.
        const written = plan.put.map((section) => fitScheduledSection(section));
        await Promise.all(written.map((section) => sections.put(storedSection(section, counts.get(section.id) ?? 0))));
        return { ...plan.summary, written };
      });
    },
  };
}
