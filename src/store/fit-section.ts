/**
 * A section built from an imported schedule, fitted to the stored limits (src/model/limits.ts): a schedule file
 * is someone else's data, and a talk with a 3,000-character title must not make the whole import fail.
 */
import { cut, LIMITS } from '../model/limits';
import type { Section } from '../model/types';

export function fitScheduledSection(section: Section): Section {
  const schedule = section.schedule;
  const fitted: Section = {
    ...section,
    title: cut(section.title, LIMITS.shortText),
    speaker: cut(section.speaker, LIMITS.shortText),
  };
  if (schedule) {
    fitted.schedule = {
      ...schedule,
      title: cut(schedule.title, LIMITS.shortText),
      speakers: schedule.speakers
        .slice(0, 500)
        .map((name) => cut(name, LIMITS.shortText))
        .filter((name) => name !== ''),
      room: cut(schedule.room, LIMITS.shortText),
      abstract: cut(schedule.abstract, LIMITS.longText),
    };
  }
  return fitted;
}
