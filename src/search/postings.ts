/**
 * The inverted index under the search: for each term, the documents holding it, in which field and how often, as
 * one array of numbers; for prefix and typo matching, the words alone in MiniSearch's radix tree (SearchableMap).
 *
 * Why not MiniSearch's own index: it keeps a Map of documents per term and field and walks its radix tree for every
 * word of every document; for 50,000 notes that cost 2.5–3 s (docs/performance.md, "Search over 50,000 notes"), a
 * posting array behind a hash map about a tenth of it. The radix tree is still the library's, for the part that is
 * hard to get right (prefix and edit-distance look-ups), and it only sees each distinct word once.
 *
 * A document is a number; removing one marks it dead (its postings are skipped) until dead ones outnumber the living,
 * when the postings are compacted.
 */
import SearchableMap from 'minisearch/SearchableMap';

/** Word fields, in order: what a result shows, who said it, what is matched but not shown. */
export const WORD_FIELDS = 3;
/** The field holding a document's filter terms (`has:tweet`, `from:handle`): looked up, never scored. */
const FILTERS = 3;
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** Postings of one term: each entry is `doc * 16 + field * 4 + (times - 1)`, times counted up to 4. */
export interface Postings {
  entries: number[];
  /** How many documents hold the term, per field (dead ones too, until the next compaction). */
  docs: number[];
}

export class PostingIndex {
  private readonly terms = new Map<string, Postings>();
  private readonly words = new SearchableMap<Postings>();
  private readonly live: boolean[] = [];
  /** Per document, a bit per word field whose words it lends its notes or sections (see `score`). */
  private readonly lends: number[] = [];
  private readonly lengths: number[][] = [[], [], []];
  private readonly totals = [0, 0, 0];
  private living = 0;
  private dead = 0;

  /**
   * Adds a document: the terms of each word field, its filter terms, and a bit for each field it lends (1: the
   * first). Returns its number.
   */
  add(fields: readonly (readonly string[])[], filters: readonly string[], lends = 0): number {
    const doc = this.live.length;
    this.live.push(true);
    this.lends.push(lends);
    this.living += 1;
    for (let field = 0; field < WORD_FIELDS; field++) {
      const terms = fields[field] ?? [];
      this.lengths[field]!.push(terms.length);
      this.totals[field]! += terms.length;
      for (const term of terms) this.post(term, doc, field);
    }
    for (const term of filters) this.post(term, doc, FILTERS);
    return doc;
  }

  remove(doc: number): void {
    if (!this.live[doc]) return;
    this.live[doc] = false;
    this.living -= 1;
    this.dead += 1;
    for (let field = 0; field < WORD_FIELDS; field++) this.totals[field]! -= this.lengths[field]![doc]!;
    if (this.dead > 1000 && this.dead > this.living) this.compact();
  }

  isLive(doc: number): boolean {
    return this.live[doc] === true;
  }

  /** The living documents holding a filter term. */
  withFilter(term: string): number[] {
    const docs: number[] = [];
    for (const entry of this.terms.get(term)?.entries ?? []) if (this.live[entry >>> 4]) docs.push(entry >>> 4);
    return docs;
  }

  /** The indexed words a query word stands for, with the weight of each: itself, longer ones, near misspellings. */
  expand(word: string, prefix: boolean, maxTypos: number): { term: string; weight: number; postings: Postings }[] {
    const found = new Map<string, { term: string; weight: number; postings: Postings }>();
    const exact = this.words.get(word);
    if (exact) found.set(word, { term: word, weight: 1, postings: exact });
    // The weights are MiniSearch's: a prefix or typo match counts less, the less so the more letters it adds.
    if (prefix) {
      for (const [term, postings] of this.words.atPrefix(word)) {
        if (term !== word) {
          const weight = (0.375 * term.length) / (term.length + 0.3 * (term.length - word.length));
          found.set(term, { term, weight, postings });
        }
      }
    }
    if (maxTypos > 0) {
      for (const [term, [postings, distance]] of this.words.fuzzyGet(word, maxTypos)) {
        if (!found.has(term))
          found.set(term, { term, weight: (0.45 * term.length) / (term.length + distance), postings });
      }
    }
    return [...found.values()];
  }

  /**
   * Scores every living document holding a term (BM25, as MiniSearch scores) into `own`, weighing each word field
   * by `boosts`; a document lending the field (a section's title, a session's tags) is scored into `lent` too.
   */
  score(
    postings: Postings,
    weight: number,
    boosts: readonly number[],
    own: Map<number, number>,
    lent: Map<number, number>,
  ): void {
    const averages = this.totals.map((total) => total / Math.max(1, this.living));
    const idfs = postings.docs.map((docs) => Math.log(1 + (this.living - docs + 0.5) / (docs + 0.5)));
    for (const entry of postings.entries) {
      const doc = entry >>> 4;
      const field = (entry >>> 2) & 3;
      if (field === FILTERS || !this.live[doc]) continue;
      const times = (entry & 3) + 1;
      const norm = 1 - BM25.b + (BM25.b * this.lengths[field]![doc]!) / (averages[field]! || 1);
      const score =
        weight * boosts[field]! * idfs[field]! * (BM25.d + (times * (BM25.k + 1)) / (times + BM25.k * norm));
      own.set(doc, (own.get(doc) ?? 0) + score);
      if (this.lends[doc]! & (1 << field)) lent.set(doc, (lent.get(doc) ?? 0) + score);
    }
  }

  private post(term: string, doc: number, field: number): void {
    let postings = this.terms.get(term);
    if (!postings) {
      postings = { entries: [], docs: [0, 0, 0, 0] };
      this.terms.set(term, postings);
      if (field !== FILTERS) this.words.set(term, postings);
    }
    const entries = postings.entries;
    const last = entries.length - 1;
    const here = doc * 4 + field;
    // A document's terms are added one after the other: a term seen again in the same field is the last entry.
    if (last >= 0 && entries[last]! >>> 2 === here) {
      if ((entries[last]! & 3) < 3) entries[last]! += 1;
      return;
    }
    entries.push(here * 4);
    postings.docs[field]! += 1;
  }

  /** Drops dead documents' postings, and terms no living document holds. */
  private compact(): void {
    for (const [term, postings] of this.terms) {
      postings.entries = postings.entries.filter((entry) => this.live[entry >>> 4]);
      postings.docs = [0, 0, 0, 0];
      for (const entry of postings.entries) postings.docs[(entry >>> 2) & 3]! += 1;
      if (postings.entries.length > 0) continue;
      this.terms.delete(term);
      this.words.delete(term);
    }
    this.dead = 0;
  }
}
