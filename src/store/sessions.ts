/** Sessions: list, load (one query per store through the indexes), create, update, delete with everything in it. */
import { byOrder } from '../model/order';
import type { Id, Note, Session } from '../model/types';
import type { Removed, SessionContents, SessionInput } from './api';
import { sectionOf } from './section-record';
import { childrenOf, inTransaction, NotFoundError, type StoreContext } from './transaction';
import { storableSession } from './record-check';
import { safeHttpUrl } from '../model/safe-url';
import { removeImagesOf } from './images';
import { notesOf, sortPages } from './pages';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const LABEL = /^[\p{L}\p{N}_-]{1,40}$/u;

/**
 * The user's reference labels: each one a label (no brackets or spaces), of an http(s) address (`safeHttpUrl`, and
 * kept as it normalises it, the form the writeup's links take, so `HTTPS://Example.org/a` labels that link), unique.
 */
function cleanLabels(labels: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  const taken = new Set<string>();
  for (const [url, value] of Object.entries(labels)) {
    const label = String(value).trim();
    if (label === '') continue; // cleared: the made-up label again
    const address = safeHttpUrl(url);
    if (address === null) throw new Error('A reference label can only name an http or https link.');
    if (!LABEL.test(label))
      throw new Error(`The label "${label}" may have only letters, digits, - and _ (at most 40).`);
    if (taken.has(label.toLowerCase())) throw new Error(`Two links cannot both be labelled "${label}".`);
    taken.add(label.toLowerCase());
    out[address] = label;
  }
  return out;
}

/** The optional writeup parts, kept only when set, so a session that has none stores (and backs up) none. */
function cleanWriteupParts(input: SessionInput): Partial<Session> {
  const parts: Partial<Session> = {};
  if (input.intro) parts.intro = String(input.intro);
  if (input.closing) parts.closing = String(input.closing);
  const heading = String(input.closingHeading ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  if (heading) parts.closingHeading = heading;
  const labels = cleanLabels(input.labels ?? {});
  if (Object.keys(labels).length > 0) parts.labels = labels;
  return parts;
}

function cleanList(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => String(v).trim()).filter((v) => v !== ''))];
}

/** The session fields a user may set, checked: a title is required, a date is `YYYY-MM-DD` or empty. */
function cleanInput(input: SessionInput): SessionInput & { fields: Record<string, string> } {
  const title = String(input.title ?? '').trim();
  if (title === '') throw new Error('A session needs a title.');
  const date = String(input.date ?? '').trim();
  if (date !== '' && !DATE.test(date)) throw new Error('The date must look like 2018-09-27.');
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(input.fields ?? {})) {
    if (key.trim() !== '') fields[key.trim()] = String(value);
  }
  return {
    title,
    date,
    description: String(input.description ?? ''),
    tags: cleanList(input.tags ?? []),
    categories: cleanList(input.categories ?? []),
    fields,
    ...cleanWriteupParts(input),
  };
}

export function sessionOps(ctx: StoreContext) {
  const { db } = ctx;
  return {
    loadSession(id: Id): Promise<SessionContents | undefined> {
      return inTransaction(db, ['sessions', 'sections', 'notePages'], 'readonly', async (tx) => {
        const [session, sections, pages] = await Promise.all([
          tx.objectStore('sessions').get(id),
          tx.objectStore('sections').index('by-session-order').getAll(childrenOf(id)),
          tx.objectStore('notePages').index('by-session').getAll(id),
        ]);
        if (!session) return undefined;
        const notesBySection = new Map<Id, Note[]>(sections.map((s) => [s.id, []]));
        for (const page of sortPages(pages)) notesBySection.get(page.sectionId)?.push(...page.notes);
        return { session, sections: sections.map(sectionOf), notesBySection };
      });
    },

    async createSession(input: SessionInput): Promise<Session> {
      const time = ctx.now();
      const session: Session = { id: ctx.newId(), ...cleanInput(input), createdAt: time, updatedAt: time };
      await inTransaction(db, ['sessions'], 'readwrite', async (tx) => {
        await tx.objectStore('sessions').add(storableSession(session));
      });
      return session;
    },

    updateSession(id: Id, patch: Partial<SessionInput>): Promise<Session> {
      return inTransaction(db, ['sessions'], 'readwrite', async (tx) => {
        const store = tx.objectStore('sessions');
        const old = await store.get(id);
        if (!old) throw new NotFoundError('This session');
        const merged = cleanInput({ ...old, ...patch });
        // The optional parts come only from `merged`: one cleared by the patch is gone, not kept from `old`.
        const { intro: _i, closing: _c, closingHeading: _h, labels: _l, ...kept } = old;
        const session: Session = { ...kept, ...merged, updatedAt: ctx.now() };
        await store.put(storableSession(session));
        return session;
      });
    },

    /** Removes the session, its sections and its notes; returns them all for undo. */
    deleteSession(id: Id): Promise<Removed> {
      return inTransaction(db, ['sessions', 'sections', 'notePages', 'images'], 'readwrite', async (tx) => {
        const session = await tx.objectStore('sessions').get(id);
        if (!session) throw new NotFoundError('This session');
        const sections = await tx.objectStore('sections').index('by-session-order').getAll(childrenOf(id));
        const pages = await tx.objectStore('notePages').index('by-session').getAll(id);
        const notes: Note[] = notesOf(pages);
        await Promise.all([
          tx.objectStore('sessions').delete(id),
          ...sections.map((s) => tx.objectStore('sections').delete(s.id)),
          ...pages.map((p) => tx.objectStore('notePages').delete(p.id)),
          removeImagesOf(tx, notes, ctx.now()),
        ]);
        return { sessions: [session], sections: sections.map(sectionOf), notes: notes.sort(byOrder) };
      });
    },
  };
}
