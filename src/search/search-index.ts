/**
 * Every session's notes and sections in one full-text index (MiniSearch: a small, well-kept inverted index with
 * prefix and fuzzy matching and incremental add/replace/remove, so a change re-indexes one note, not everything).
 * The index keeps the model objects it was given, so a renamed section or session re-indexes its notes without
 * reading the store.
 */
import MiniSearch, { type Query as MiniSearchQuery, type SearchResult } from 'minisearch';
import type { Id, Note, Section, Session } from '../model/types';
import { termsOf } from './fold';
import { noteDoc, sectionDoc, sectionText, sessionText, type SearchDoc } from './documents';
import { isEmptyQuery, parseQuery, type Query } from './query';
import { groupHits, type SearchResults } from './results';

/** The fields words are looked for in; `handle` and `flags` serve only the filters. */
const FIELDS = ['text', 'who', 'extra', 'section', 'session'] as const;
const BOOST = { text: 3, who: 3, extra: 1.5, section: 1, session: 0.5 };
const EXACT = { prefix: false, fuzzy: false } as const;
/** A typo is forgiven on words of five letters or more (one edit), two on words of ten or more. */
const FUZZY_FROM = 5;

export class SearchIndex {
  private readonly mini = new MiniSearch<SearchDoc>({
    fields: [...FIELDS, 'handle', 'flags'],
    tokenize: termsOf,
    processTerm: (term) => term,
    searchOptions: { tokenize: termsOf, processTerm: (term) => term },
  });
  private readonly docs = new Map<string, SearchDoc>();
  private readonly sessions = new Map<Id, Session>();
  private readonly sections = new Map<Id, Section>();
  private readonly notes = new Map<Id, Note>();
  /** Which sections each session holds and which notes each section holds, for re-indexing after a rename. */
  private readonly sessionSections = new Map<Id, Set<Id>>();
  private readonly sectionNotes = new Map<Id, Set<Id>>();

  get size(): number {
    return this.docs.size;
  }

  /** Adds or updates a session; a new title or tags re-index what it holds. */
  putSession(session: Session): void {
    const before = this.sessions.get(session.id);
    this.sessions.set(session.id, session);
    if (!before || sessionText(before) === sessionText(session)) return;
    for (const id of this.sessionSections.get(session.id) ?? []) this.indexSection(this.sections.get(id)!, true);
  }

  /** Adds or updates a section (its session must be known); a new title or speakers re-index its notes. */
  putSection(section: Section): void {
    if (!this.sessions.has(section.sessionId)) return;
    const before = this.sections.get(section.id);
    if (before && before.sessionId !== section.sessionId)
      this.sessionSections.get(before.sessionId)?.delete(section.id);
    this.sections.set(section.id, section);
    member(this.sessionSections, section.sessionId).add(section.id);
    this.indexSection(section, before !== undefined && sectionText(before) !== sectionText(section));
  }

  private indexSection(section: Section, notesToo: boolean): void {
    const session = this.sessions.get(section.sessionId)!;
    this.put(sectionDoc(section, session));
    if (!notesToo) return;
    for (const id of this.sectionNotes.get(section.id) ?? []) this.put(noteDoc(this.notes.get(id)!, section, session));
  }

  /** Adds or updates a note (its section must be known: the section comes first in every read and change). */
  putNote(note: Note): void {
    const section = this.sections.get(note.sectionId);
    const session = this.sessions.get(note.sessionId);
    if (!section || !session) return;
    const before = this.notes.get(note.id);
    if (before && before.sectionId !== note.sectionId) this.sectionNotes.get(before.sectionId)?.delete(note.id);
    this.notes.set(note.id, note);
    member(this.sectionNotes, note.sectionId).add(note.id);
    this.put(noteDoc(note, section, session));
  }

  removeNote(id: Id): void {
    const note = this.notes.get(id);
    if (!note) return;
    this.notes.delete(id);
    this.sectionNotes.get(note.sectionId)?.delete(id);
    this.remove(id);
  }

  removeSection(id: Id): void {
    for (const noteId of [...(this.sectionNotes.get(id) ?? [])]) this.removeNote(noteId);
    this.sectionNotes.delete(id);
    const section = this.sections.get(id);
    if (section) this.sessionSections.get(section.sessionId)?.delete(id);
    this.sections.delete(id);
    this.remove(`section:${id}`);
  }

  removeSession(id: Id): void {
    for (const sectionId of [...(this.sessionSections.get(id) ?? [])]) this.removeSection(sectionId);
    this.sessionSections.delete(id);
    this.sessions.delete(id);
  }

  search(input: string, limit = 50): SearchResults {
    const query = parseQuery(input);
    if (isEmptyQuery(query)) return { query, total: 0, groups: [] };
    const filter =
      query.phrases.length > 0
        ? (result: SearchResult) => hasPhrases(this.docs.get(result.id as string), query)
        : undefined;
    const results = this.mini.search({ combineWith: 'AND', queries: subqueries(query) }, { filter });
    // MiniSearch types document ids as `any`; ours are the strings `put` gave it.
    const hits = results
      .slice(0, limit)
      .map((result) => ({ doc: this.docs.get(result.id as string)!, terms: result.terms }));
    return { query, total: results.length, groups: groupHits(hits, this.sessions, this.sections) };
  }

  private put(doc: SearchDoc): void {
    if (this.docs.has(doc.id)) this.mini.replace(doc);
    else this.mini.add(doc);
    this.docs.set(doc.id, doc);
  }

  private remove(id: string): void {
    if (!this.docs.delete(id)) return;
    this.mini.discard(id);
  }
}

/** The words, then each filter, as sub-queries that must all match: filters are index lookups, not scans. */
function subqueries(query: Query): MiniSearchQuery[] {
  const queries: MiniSearchQuery[] = [];
  if (query.terms.length > 0) {
    queries.push({
      queries: [query.terms.join(' ')],
      fields: [...FIELDS],
      combineWith: 'AND',
      prefix: (_term, index, terms) => query.lastIsPrefix && index === terms.length - 1,
      fuzzy: (term) => (term.length >= FUZZY_FROM ? 0.2 : false),
      maxFuzzy: 2,
      boost: BOOST,
    });
  }
  if (query.from.length > 0) queries.push({ queries: query.from, fields: ['handle'], combineWith: 'OR', ...EXACT });
  for (const has of query.has) queries.push({ queries: [`has_${has}`], fields: ['flags'], ...EXACT });
  if (query.session.length > 0) {
    queries.push({
      queries: [query.session.join(' ')],
      fields: ['session'],
      combineWith: 'AND',
      prefix: true,
      fuzzy: false,
    });
  }
  return queries;
}

/** Phrases are checked on the few documents whose words all matched: their words in order, in one field. */
function hasPhrases(doc: SearchDoc | undefined, query: Query): boolean {
  if (!doc) return false;
  const words = FIELDS.map((field) => ` ${termsOf(doc[field]).join(' ')} `);
  return query.phrases.every((phrase) => words.some((field) => field.includes(` ${phrase} `)));
}

function member<T>(sets: Map<Id, Set<T>>, key: Id): Set<T> {
  let set = sets.get(key);
  if (!set) sets.set(key, (set = new Set()));
  return set;
}
