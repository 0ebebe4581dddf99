/** Sections (talks bound to a source, or free ones like "Open Spaces"), in the user's order within a session. */
import type { Id, Note, Section, SectionSource } from '../model/types';
import type { Place, Removed, SectionInput } from './api';
import { placeAmong } from './placement';
import { childrenOf, inTransaction, NotFoundError, type StoreContext } from './transaction';
import { storableSection } from './record-check';
import { sectionOf, storedSection } from './note-counts';
import { cut, LIMITS } from '../model/limits';
import { removeImagesOf } from './images';
import { notesOf } from './pages';
import { pagesOfSection } from './section-pages';

/** The key that finds a source's section within a session with one index lookup. */
export function sourceKeyOf(source: SectionSource): string {
  return `${source.kind}:${source.videoId}`;
}

/** Only the fields a YouTube source has, so nothing unexpected from a page is stored. */
function sourceFields(source: SectionSource): SectionSource {
  const clean: SectionSource = { kind: 'youtube', videoId: String(source.videoId) };
  if (source.list !== undefined) clean.list = String(source.list);
  if (source.index !== undefined) clean.index = Number(source.index);
  if (source.channel !== undefined) clean.channel = cut(String(source.channel), LIMITS.shortText);
  if (source.channelUrl !== undefined) clean.channelUrl = String(source.channelUrl);
  if (source.duration !== undefined) clean.duration = Number(source.duration);
  const clock = Math.floor(Number(source.alignment?.clock));
  const seconds = Number(source.alignment?.seconds);
  // How the recording lines up with clock-stamped notes; kept only when both numbers make sense.
  if (source.alignment && Number.isFinite(clock) && clock >= 0 && Number.isFinite(seconds))
    clean.alignment = { clock, seconds };
  return clean;
}

function withSource(section: Section, source: SectionSource | undefined): Section {
  const { source: _oldSource, sourceKey: _oldKey, ...rest } = section;
  return source ? { ...rest, source: sourceFields(source), sourceKey: sourceKeyOf(source) } : rest;
}

export function sectionOps(ctx: StoreContext) {
  const { db } = ctx;

  function newSection(sessionId: Id, input: SectionInput, order: number): Section {
    const time = ctx.now();
    const base: Section = {
      id: ctx.newId(),
      sessionId,
      title: cut(String(input.title ?? '').trim(), LIMITS.shortText),
      speaker: cut(String(input.speaker ?? '').trim(), LIMITS.shortText),
      order,
      createdAt: time,
      updatedAt: time,
    };
    return withSource(base, input.source);
  }

  return {
    addSection(sessionId: Id, input: SectionInput, place?: Place): Promise<Section> {
      return inTransaction(db, ['sessions', 'sections'], 'readwrite', async (tx) => {
        if (!(await tx.objectStore('sessions').getKey(sessionId))) throw new NotFoundError('This session');
        const store = tx.objectStore('sections');
        const siblings = await store.index('by-session-order').getAll(childrenOf(sessionId));
        const { order, renumbered } = placeAmong(siblings, place);
        const section = newSection(sessionId, input, order);
        await Promise.all([
          ...renumbered.map((s) => store.put(storableSection(s))),
          store.add(storedSection(section, 0)),
        ]);
        return section;
      });
    },

    updateSection(id: Id, patch: Partial<SectionInput>): Promise<Section> {
      return inTransaction(db, ['sections'], 'readwrite', async (tx) => {
        const store = tx.objectStore('sections');
        const old = await store.get(id);
        if (!old) throw new NotFoundError('This section');
        let section: Section = { ...sectionOf(old), updatedAt: ctx.now() };
        if (patch.title !== undefined) section.title = String(patch.title).trim();
        if (patch.speaker !== undefined) section.speaker = String(patch.speaker).trim();
        if ('source' in patch) section = withSource(section, patch.source);
        await store.put(storedSection(section, old.noteCount));
        return section;
      });
    },

    moveSection(id: Id, place: Place): Promise<Section> {
      return inTransaction(db, ['sections'], 'readwrite', async (tx) => {
        const store = tx.objectStore('sections');
        const old = await store.get(id);
        if (!old) throw new NotFoundError('This section');
        const siblings = (await store.index('by-session-order').getAll(childrenOf(old.sessionId))).filter(
          (s) => s.id !== id,
        );
        const { order, renumbered } = placeAmong(siblings, place);
        const section = { ...old, order, updatedAt: ctx.now() };
        await Promise.all([
          ...renumbered.map((s) => store.put(storableSection(s))),
          store.put(storableSection(section)),
        ]);
        return sectionOf(section);
      });
    },

    /** Removes the section and its notes; returns them for undo. */
    deleteSection(id: Id): Promise<Removed> {
      return inTransaction(db, ['sections', 'notePages', 'images'], 'readwrite', async (tx) => {
        const section = await tx.objectStore('sections').get(id);
        if (!section) throw new NotFoundError('This section');
        const pages = await pagesOfSection(tx.objectStore('notePages'), id);
        const notes: Note[] = notesOf(pages);
        await Promise.all([
          tx.objectStore('sections').delete(id),
          ...pages.map((p) => tx.objectStore('notePages').delete(p.id)),
          removeImagesOf(tx, notes, ctx.now()),
        ]);
        return { sessions: [], sections: [sectionOf(section)], notes };
      });
    },

    sectionForSource(sessionId: Id, source: SectionSource, input: SectionInput): Promise<Section> {
      return inTransaction(db, ['sessions', 'sections'], 'readwrite', async (tx) => {
        if (!(await tx.objectStore('sessions').getKey(sessionId))) throw new NotFoundError('This session');
        const store = tx.objectStore('sections');
        const existing = await store.index('by-session-source').get([sessionId, sourceKeyOf(source)]);
        if (existing) return sectionOf(existing);
        const siblings = await store.index('by-session-order').getAll(childrenOf(sessionId));
        const section = newSection(sessionId, { ...input, source }, placeAmong(siblings).order);
        await store.add(storedSection(section, 0));
        return section;
      });
    },
  };
}
