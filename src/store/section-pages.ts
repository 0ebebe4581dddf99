/**
 * Editing a section's notes as pages within one transaction: the pages a write needs are read (all of the section,
 * only its last page for an append, or the one page holding a note), changed in memory, then written together;
 * a page that fills up is split in two (an append to a full last page starts a new one), a page left empty is
 * deleted. Only the pages that changed are written.
 */
import type { IDBPObjectStore } from 'idb';
import type { Id, Note } from '../model/types';
import { byOrderThenId, notesOf, PAGE_NOTES, pageOf, sortPages, TAIL_NOTES, type NewPage } from './pages';
import type { ConfnotesDB, NotePage, StoreName } from './schema';
import { childrenOf } from './transaction';

export type PagesStore<M extends IDBTransactionMode = IDBTransactionMode> = IDBPObjectStore<
  ConfnotesDB,
  StoreName[],
  'notePages',
  M
>;

/** Every page of a section, in order. */
export async function pagesOfSection(store: PagesStore, sectionId: Id): Promise<NotePage[]> {
  return sortPages(await store.index('by-section-first').getAll(childrenOf(sectionId)));
}

/** The note with this id and its page, if any. */
export async function findNote(store: PagesStore, id: Id): Promise<{ page: NotePage; note: Note } | undefined> {
  const page = await store.index('by-note').get(id);
  const note = page?.notes.find((n) => n.id === id);
  return page && note ? { page, note } : undefined;
}

export class SectionPages {
  private readonly pages: NewPage[];
  private readonly changed = new Set<NewPage>();

  constructor(
    readonly sessionId: Id,
    readonly sectionId: Id,
    pages: NewPage[],
  ) {
    this.pages = sortPages(pages);
  }

  /** Every page of the section. */
  static async all(store: PagesStore, sessionId: Id, sectionId: Id): Promise<SectionPages> {
    return new SectionPages(sessionId, sectionId, await pagesOfSection(store, sectionId));
  }

  /**
   * Only the section's last page, for an append: one reverse cursor; and the page before it when the last is full
   * (TAIL_NOTES), for its notes to move there.
   */
  static async tail(store: PagesStore, sessionId: Id, sectionId: Id): Promise<SectionPages> {
    const cursor = await store.index('by-section-first').openCursor(childrenOf(sectionId), 'prev');
    if (!cursor) return new SectionPages(sessionId, sectionId, []);
    const last = cursor.value;
    const before = last.notes.length >= TAIL_NOTES ? (await cursor.continue())?.value : undefined;
    return new SectionPages(sessionId, sectionId, before ? [before, last] : [last]);
  }

  /** Only the page holding this note (to edit or remove it), with the note; undefined when no page holds it. */
  static async holding(store: PagesStore, id: Id): Promise<{ pages: SectionPages; note: Note } | undefined> {
    const found = await findNote(store, id);
    if (!found) return undefined;
    const { page, note } = found;
    return { pages: new SectionPages(page.sessionId, page.sectionId, [page]), note };
  }

  /** How many notes the pages read hold (all of the section's when read with `all`). */
  get count(): number {
    return this.pages.reduce((n, p) => n + p.notes.length, 0);
  }

  /** The notes of the pages read, in order. */
  notes(): Note[] {
    return notesOf(this.pages);
  }

  last(): Note | undefined {
    return this.pages.at(-1)?.notes.at(-1);
  }

  has(id: Id): boolean {
    return this.pages.some((p) => p.notes.some((n) => n.id === id));
  }

  /** Takes the note out; returns it (undefined: not in these pages). */
  remove(id: Id): Note | undefined {
    for (const page of this.pages) {
      const at = page.notes.findIndex((n) => n.id === id);
      if (at < 0) continue;
      this.changed.add(page);
      return page.notes.splice(at, 1)[0];
    }
    return undefined;
  }

  /** Puts a changed note (same id) back in its place; an order changed by a renumber keeps the notes' sequence. */
  replace(note: Note): void {
    for (const page of this.pages) {
      const at = page.notes.findIndex((n) => n.id === note.id);
      if (at < 0) continue;
      page.notes[at] = note;
      this.changed.add(page);
      return;
    }
    throw new Error(`Note ${note.id} is not in the pages read.`);
  }

  /** Adds a note where its order puts it; a page over PAGE_NOTES is split in two, a full last page gets a next. */
  insert(note: Note): void {
    // The last page whose first note sorts before the note (a page emptied by this write is passed over).
    let i = this.pages.length - 1;
    for (; i > 0; i -= 1) {
      const head = this.pages[i]!.notes[0];
      if (head && byOrderThenId(head, note) <= 0) break;
    }
    const page = this.pages[i];
    if (!page) {
      this.addPage([note], 0);
      return;
    }
    let at = page.notes.length;
    while (at > 0 && byOrderThenId(page.notes[at - 1]!, note) > 0) at -= 1;
    if (at === page.notes.length && i === this.pages.length - 1 && page.notes.length >= TAIL_NOTES) {
      // Appended to a full last page: its notes go into the page before if they fit, and the note starts anew.
      const before = this.pages[i - 1];
      if (before && before.notes.length + page.notes.length <= PAGE_NOTES) {
        before.notes.push(...page.notes.splice(0));
        page.notes.push(note);
        this.changed.add(before).add(page);
      } else this.addPage([note], i + 1);
      return;
    }
    page.notes.splice(at, 0, note);
    this.changed.add(page);
    if (page.notes.length > PAGE_NOTES) this.addPage(page.notes.splice(Math.ceil(page.notes.length / 2)), i + 1);
  }

  private addPage(notes: Note[], at: number): void {
    const page = pageOf(this.sessionId, this.sectionId, notes);
    this.pages.splice(at, 0, page);
    this.changed.add(page);
  }

  /** Writes the pages changed (a new page gets its key from the store's generator), deletes those left empty. */
  async write(store: PagesStore<'readwrite' | 'versionchange'>): Promise<void> {
    const writes: Promise<unknown>[] = [];
    for (const page of this.changed) {
      if (page.notes.length === 0) {
        if (page.id !== undefined) writes.push(store.delete(page.id));
        continue;
      }
      page.notes.sort(byOrderThenId);
      const put = store.put(pageOf(this.sessionId, this.sectionId, page.notes, page.id) as NotePage);
      // A new page's key, so that writing these pages again rewrites it instead of adding a copy.
      writes.push(put.then((key) => (page.id = key)));
    }
    this.changed.clear();
    await Promise.all(writes);
  }
}
