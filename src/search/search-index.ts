/**
 * Every session's notes, sections and sessions in one full-text index (postings.ts). A note is indexed with its
 * own words only: its section's title and speakers and its session's title and tags are their sections' and
 * sessions' documents, and a query word matches a note when it is in the note, its section or its session
 * (matching.ts). So a renamed talk re-indexes one document, not its notes, and the build indexes each talk's words
 * once instead of once per note.
 */
import type { Id, Note, Section, Session } from '../model/types';
import { termsOf } from './fold';
import { filterTerms, noteDoc, sectionDoc, sessionText } from './documents';
import { isEmptyQuery, parseQuery } from './query';
import { groupHits, type SearchResults } from './results';
import { PostingIndex } from './postings';
import { findDocs, type DocKind, type IndexedDoc } from './matching';

/** The fields a section lends its notes (title, speakers) and a session its sections and notes (title, tags). */
const LENDS_TEXT = 1;
const LENDS_WHO = 2;

export class SearchIndex {
  private readonly postings = new PostingIndex();
  /** What each living document number stands for. */
  private readonly docs: (IndexedDoc | undefined)[] = [];
  /** Each note's, section's and session's document number, by its id. */
  private readonly numbers: Record<DocKind, Map<Id, number>> = {
    note: new Map(),
    section: new Map(),
    session: new Map(),
  };
  private readonly sessions = new Map<Id, Session>();
  private readonly sections = new Map<Id, Section>();
  /** Which sections each session holds and which notes each section holds, for deletes and for matching. */
  private readonly sessionSections = new Map<Id, Set<Id>>();
  private readonly sectionNotes = new Map<Id, Set<Id>>();
  private notes = 0;

  /** Notes and sections indexed. */
  get size(): number {
    return this.notes + this.sections.size;
  }

  /** Adds or updates a session: its title and tags are one document, whatever it holds. */
  putSession(session: Session): void {
    const before = this.sessions.get(session.id);
    this.sessions.set(session.id, session);
    if (before && sessionText(before) === sessionText(session)) return;
    this.put(session.id, { kind: 'session', session }, [termsOf(sessionText(session))], [], LENDS_TEXT);
  }

  /** Adds or updates a section (its session must be known). */
  putSection(section: Section): void {
    if (!this.sessions.has(section.sessionId)) return;
    const before = this.sections.get(section.id);
    if (before && before.sessionId !== section.sessionId)
      this.sessionSections.get(before.sessionId)?.delete(section.id);
    this.sections.set(section.id, section);
    member(this.sessionSections, section.sessionId).add(section.id);
    const doc = sectionDoc(section);
    const fields = [termsOf(doc.text), termsOf(doc.who), termsOf(doc.extra)];
    this.put(section.id, { kind: 'section', section }, fields, [], LENDS_TEXT | LENDS_WHO);
  }

  /** Adds or updates a note (its section must be known: the section comes first in every read and change). */
  putNote(note: Note): void {
    if (!this.sections.has(note.sectionId) || !this.sessions.has(note.sessionId)) return;
    const number = this.numbers.note.get(note.id);
    const before = number === undefined ? undefined : this.docs[number];
    if (before?.kind === 'note' && before.note.sectionId !== note.sectionId)
      this.sectionNotes.get(before.note.sectionId)?.delete(note.id);
    else if (!before) this.notes += 1;
    member(this.sectionNotes, note.sectionId).add(note.id);
    const doc = noteDoc(note);
    const fields = [termsOf(doc.text), termsOf(doc.who), termsOf(doc.extra)];
    this.put(note.id, { kind: 'note', note }, fields, filterTerms(note));
  }

  removeNote(id: Id): void {
    const number = this.numbers.note.get(id);
    const doc = number === undefined ? undefined : this.docs[number];
    if (doc?.kind !== 'note') return;
    this.sectionNotes.get(doc.note.sectionId)?.delete(id);
    this.notes -= 1;
    this.remove('note', id);
  }

  removeSection(id: Id): void {
    for (const noteId of [...(this.sectionNotes.get(id) ?? [])]) this.removeNote(noteId);
    this.sectionNotes.delete(id);
    const section = this.sections.get(id);
    if (section) this.sessionSections.get(section.sessionId)?.delete(id);
    this.sections.delete(id);
    this.remove('section', id);
  }

  removeSession(id: Id): void {
    for (const sectionId of [...(this.sessionSections.get(id) ?? [])]) this.removeSection(sectionId);
    this.sessionSections.delete(id);
    this.sessions.delete(id);
    this.remove('session', id);
  }

  search(input: string, limit = 50): SearchResults {
    const query = parseQuery(input);
    if (isEmptyQuery(query)) return { query, total: 0, groups: [] };
    const { found, terms } = findDocs(query, this.postings, {
      doc: (number) => this.docs[number],
      number: (kind, id) => this.numbers[kind].get(id),
      sessions: this.sessions,
      sessionSections: this.sessionSections,
      sectionNotes: this.sectionNotes,
    });
    const hits = found.slice(0, limit).flatMap((number) => {
      const doc = this.docs[number];
      if (doc?.kind === 'note') return [{ doc: noteDoc(doc.note), terms }];
      return doc?.kind === 'section' ? [{ doc: sectionDoc(doc.section), terms }] : [];
    });
    return { query, total: found.length, groups: groupHits(hits, this.sessions, this.sections) };
  }

  private put(id: Id, doc: IndexedDoc, fields: string[][], filters: string[], lends = 0): void {
    this.remove(doc.kind, id);
    const number = this.postings.add(fields, filters, lends);
    this.docs[number] = doc;
    this.numbers[doc.kind].set(id, number);
  }

  private remove(kind: DocKind, id: Id): void {
    const number = this.numbers[kind].get(id);
    if (number === undefined) return;
    this.numbers[kind].delete(id);
    this.docs[number] = undefined;
    this.postings.remove(number);
  }
}

function member<T>(sets: Map<Id, Set<T>>, key: Id): Set<T> {
  let set = sets.get(key);
  if (!set) sets.set(key, (set = new Set()));
  return set;
}
