/**
 * Search results as the panel lists them: grouped by session, then by section, each group in the order of its best
 * hit, with the matched words marked in what each hit shows. Plain data: it crosses the message boundary as is.
 */
import type { ClockStamp, Id, Moment, NoteKind, Section, Session } from '../model/types';
import type { SearchDoc } from './documents';
import { excerpt, highlight, type Highlighted } from './highlight';
import type { Query } from './query';

export interface SearchHit {
  noteId: Id;
  kind: NoteKind;
  text: Highlighted;
  who: Highlighted;
  at?: Moment;
  clock?: ClockStamp;
}

export interface SectionGroup {
  sectionId: Id;
  /** The section's title, its words marked when they matched. */
  title: Highlighted;
  /** True when the section itself matched (its title, speakers, room or abstract), not only notes in it. */
  matched: boolean;
  /** The talk's speakers, marked when matched; '' for a free section. */
  who: Highlighted;
  hits: SearchHit[];
}

export interface SessionGroup {
  sessionId: Id;
  title: string;
  sections: SectionGroup[];
}

export interface SearchResults {
  query: Query;
  /** How many notes and sections matched, of which the groups hold the best. */
  total: number;
  groups: SessionGroup[];
}

export function groupHits(
  hits: { doc: SearchDoc; terms: string[] }[],
  sessions: ReadonlyMap<Id, Session>,
  sections: ReadonlyMap<Id, Section>,
): SessionGroup[] {
  const bySession = new Map<Id, SessionGroup>();
  const bySection = new Map<Id, SectionGroup>();
  for (const { doc, terms } of hits) {
    let session = bySession.get(doc.sessionId);
    if (!session) {
      session = { sessionId: doc.sessionId, title: sessions.get(doc.sessionId)?.title ?? '', sections: [] };
      bySession.set(doc.sessionId, session);
    }
    let section = bySection.get(doc.sectionId);
    if (!section) {
      const title = sections.get(doc.sectionId)?.title ?? '';
      section = { sectionId: doc.sectionId, title: plain(title), matched: false, who: plain(''), hits: [] };
      bySection.set(doc.sectionId, section);
      session.sections.push(section);
    }
    const matched = new Set(terms);
    if (doc.noteId === null || doc.kind === 'section') {
      section.title = highlight(section.title.text, matched);
      section.who = highlight(doc.who, matched);
      section.matched = true;
      continue;
    }
    const hit: SearchHit = {
      noteId: doc.noteId,
      kind: doc.kind,
      text: excerpt(highlight(doc.text, matched)),
      who: highlight(doc.who, matched),
    };
    if (doc.at) hit.at = doc.at;
    if (doc.clock) hit.clock = doc.clock;
    section.hits.push(hit);
  }
  return [...bySession.values()];
}

function plain(text: string): Highlighted {
  return { text, marks: [] };
}
