/** Pure: which section of a session a clipped tweet belongs to (see tweet-target.ts). */
import type { Selection } from '../model/context';
import type { Section } from '../model/types';

/** The talk being watched (videos most current first) if it has a section, else the chosen section, else the last. */
export function pickSection(sections: Section[], selection: Selection, watchedVideoIds: string[]): Section | undefined {
  for (const videoId of watchedVideoIds) {
    const talk = sections.find((s) => s.source?.kind === 'youtube' && s.source.videoId === videoId);
    if (talk) return talk;
  }
  return sections.find((s) => s.id === selection.sectionId) ?? sections.at(-1);
}
