/**
 * Which documents a query finds, best first. Every word is required, and a word is a note's when it is in the
 * note, in its section's title or speakers, or in its session's title or tags (a section's: in it or its session).
 * The candidates come from the cheapest of the query's parts (the rarest word with what its sections and sessions
 * hold, or a filter), and each is checked against the others: no part is ever a scan of every note.
 */
import type { Id, Note, Section, Session } from '../model/types';
import { termsOf } from './fold';
import { noteDoc, sectionDoc, sectionText, sessionText } from './documents';
import type { PostingIndex } from './postings';
import type { Query } from './query';

export type IndexedDoc =
  { kind: 'note'; note: Note } | { kind: 'section'; section: Section } | { kind: 'session'; session: Session };

export type DocKind = IndexedDoc['kind'];

export interface IndexView {
  doc: (number: number) => IndexedDoc | undefined;
  number: (kind: DocKind, id: Id) => number | undefined;
  sessions: ReadonlyMap<Id, Session>;
  sessionSections: ReadonlyMap<Id, ReadonlySet<Id>>;
  sectionNotes: ReadonlyMap<Id, ReadonlySet<Id>>;
}

/** What a result shows, who said it, the rest: weighed as MiniSearch's boosts were. */
const BOOSTS = [3, 3, 1.5];
/** A section lends its notes its words at a third of their own words' weight, a session at a sixth. */
const SECTION_SHARE = 1 / 3;
const SESSION_SHARE = 1 / 6;
/** A typo is forgiven on words of five letters or more (one edit), two on words of ten or more. */
const FUZZY_FROM = 5;

interface WordMatch {
  own: Map<number, number>;
  lent: Map<number, number>;
}

/** A candidate with the numbers of its section's and session's documents (-1: none). */
interface Candidate {
  number: number;
  doc: IndexedDoc;
  section: number;
  session: number;
}

export function findDocs(query: Query, postings: PostingIndex, view: IndexView): { found: number[]; terms: string[] } {
  const terms = new Set<string>();
  const words = query.terms.map((word, i): WordMatch => {
    const prefix = query.lastIsPrefix && i === query.terms.length - 1;
    const typos = word.length >= FUZZY_FROM ? Math.min(2, Math.round(word.length * 0.2)) : 0;
    const match: WordMatch = { own: new Map(), lent: new Map() };
    for (const derived of postings.expand(word, prefix, typos)) {
      terms.add(derived.term);
      postings.score(derived.postings, derived.weight, BOOSTS, match.own, match.lent);
    }
    return match;
  });
  const filters = [
    ...(query.from.length > 0 ? [query.from.flatMap((handle) => postings.withFilter(`from:${handle}`))] : []),
    ...query.has.map((has) => postings.withFilter(`has:${has}`)),
  ];
  const sessions = query.session.length > 0 ? sessionsNamed(query.session, view) : null;

  const sources: { cost: number; numbers: () => Iterable<number> }[] = [
    ...words.map((word) => ({ cost: cost(word, view), numbers: () => wordDocs(word, view) })),
    ...filters.map((numbers) => ({ cost: numbers.length, numbers: () => numbers })),
  ];
  if (sessions) sources.push({ cost: Infinity, numbers: () => sessionDocs(sessions, view) });
  const cheapest = sources.reduce((best, source) => (source.cost < best.cost ? source : best));
  const filterSets = filters.map((numbers) => new Set(numbers));

  const scored: { number: number; score: number }[] = [];
  for (const number of new Set(cheapest.numbers())) {
    const candidate = candidateOf(number, view);
    if (!candidate || !filterSets.every((set) => set.has(number))) continue;
    if (sessions && !sessions.has(sessionIdOf(candidate.doc))) continue;
    let score = 0;
    let all = true;
    for (const word of words) {
      const own = word.own.get(number);
      const section = candidate.section < 0 ? undefined : word.lent.get(candidate.section);
      const session = word.lent.get(candidate.session);
      if (own === undefined && section === undefined && session === undefined) {
        all = false;
        break;
      }
      score += (own ?? 0) + (section ?? 0) * SECTION_SHARE + (session ?? 0) * SESSION_SHARE;
    }
    if (all && hasPhrases(candidate.doc, query.phrases, view)) scored.push({ number, score });
  }
  scored.sort((a, b) => b.score - a.score || a.number - b.number);
  return { found: scored.map((hit) => hit.number), terms: [...terms] };
}

function candidateOf(number: number, view: IndexView): Candidate | null {
  const doc = view.doc(number);
  if (!doc || doc.kind === 'session') return null;
  const sessionId = sessionIdOf(doc);
  const section = doc.kind === 'note' ? (view.number('section', doc.note.sectionId) ?? -1) : -1;
  return { number, doc, section, session: view.number('session', sessionId) ?? -1 };
}

function sessionIdOf(doc: IndexedDoc): Id {
  return doc.kind === 'note' ? doc.note.sessionId : doc.kind === 'section' ? doc.section.sessionId : doc.session.id;
}

/** About how many documents a word's candidates are: its own, and all a matching section or session holds. */
function cost(word: WordMatch, view: IndexView): number {
  let total = word.own.size;
  for (const number of word.lent.keys()) {
    const doc = view.doc(number);
    if (doc?.kind === 'section') total += view.sectionNotes.get(doc.section.id)?.size ?? 0;
    else if (doc?.kind === 'session') total += 2_000; // a session's notes, without counting them
  }
  return total;
}

function* wordDocs(word: WordMatch, view: IndexView): Iterable<number> {
  yield* word.own.keys();
  for (const number of word.lent.keys()) {
    const doc = view.doc(number);
    if (doc?.kind === 'section') yield* sectionDocs(doc.section.id, view);
    else if (doc?.kind === 'session') yield* sessionDocs(new Set([doc.session.id]), view);
  }
}

function* sectionDocs(sectionId: Id, view: IndexView): Iterable<number> {
  const own = view.number('section', sectionId);
  if (own !== undefined) yield own;
  for (const noteId of view.sectionNotes.get(sectionId) ?? []) {
    const number = view.number('note', noteId);
    if (number !== undefined) yield number;
  }
}

function* sessionDocs(sessionIds: ReadonlySet<Id>, view: IndexView): Iterable<number> {
  for (const sessionId of sessionIds)
    for (const sectionId of view.sessionSections.get(sessionId) ?? []) yield* sectionDocs(sectionId, view);
}

/** The sessions whose title or tags hold a word starting with each of `words`. */
function sessionsNamed(words: readonly string[], view: IndexView): Set<Id> {
  const named = new Set<Id>();
  for (const session of view.sessions.values()) {
    const own = termsOf(sessionText(session));
    if (words.every((word) => own.some((term) => term.startsWith(word)))) named.add(session.id);
  }
  return named;
}

/** Phrases are checked on the few documents whose words all matched: their words in order, in one field. */
function hasPhrases(doc: IndexedDoc, phrases: readonly string[], view: IndexView): boolean {
  if (phrases.length === 0) return true;
  const texts: string[] = [];
  if (doc.kind === 'note') {
    const own = noteDoc(doc.note);
    texts.push(own.text, own.who, own.extra);
    const section = view.doc(view.number('section', doc.note.sectionId) ?? -1);
    if (section?.kind === 'section') texts.push(sectionText(section.section));
  } else if (doc.kind === 'section') {
    const own = sectionDoc(doc.section);
    texts.push(own.text, own.who, own.extra);
  }
  const session = view.sessions.get(sessionIdOf(doc));
  if (session) texts.push(sessionText(session));
  const fields = texts.map((text) => ` ${termsOf(text).join(' ')} `);
  return phrases.every((phrase) => fields.some((field) => field.includes(` ${phrase} `)));
}
