/**
 * A page applies what the background announces to what it shows, without reading the store. Pure: the
 * background's change in, the page's new view out, and whether it must read the store again instead (another
 * session was opened, a backup was imported, the shown session was deleted).
 */
import type { Follow, PageContext, Selection } from '../model/context';
import { byOrder } from '../model/order';
import type { Id, Note, Section, Session } from '../model/types';
import type { Change } from '../owner/changes';
import type { NowChoice } from '../schedule/now';
import type { PartialSession } from '../store/api';

export interface Shown {
  sessions: Session[];
  contents: PartialSession | null;
  selection: Selection;
  follow: Follow;
  choice: Required<NowChoice>;
  context: PageContext | null;
}

const newestFirst = (sessions: Session[]) => [...sessions].sort((a, b) => b.updatedAt - a.updatedAt);

/** Which loaded section holds note `id`, if any. */
function loadedIn(contents: PartialSession, id: Id): Id | undefined {
  for (const [sectionId, notes] of contents.notesBySection) if (notes.some((n) => n.id === id)) return sectionId;
  return undefined;
}

/**
 * The session with note `id` taken out of the section it leaves (`from`: known even when that note was not
 * loaded) and `next` (if any) put in its section at its order, the counts kept in step. Only the touched sections
 * get new arrays, so the other sections' memoised views stay as they are. A section whose notes were not read is
 * only counted, never given a partial list.
 */
export function withNote(contents: PartialSession, id: Id, next?: Note, from?: Id): PartialSession {
  const notesBySection = new Map(contents.notesBySection);
  const noteCounts = new Map(contents.noteCounts);
  const count = (sectionId: Id, delta: number) => {
    if (noteCounts.has(sectionId)) noteCounts.set(sectionId, Math.max(0, noteCounts.get(sectionId)! + delta));
  };
  const at = loadedIn(contents, id) ?? from;
  if (at !== undefined) {
    const notes = notesBySection.get(at);
    if (notes)
      notesBySection.set(
        at,
        notes.filter((n) => n.id !== id),
      );
    count(at, -1);
  }
  if (next && notesBySection.has(next.sectionId)) {
    notesBySection.set(next.sectionId, [...notesBySection.get(next.sectionId)!, next].sort(byOrder));
  }
  if (next) count(next.sectionId, 1);
  return { ...contents, notesBySection, noteCounts };
}

function withSection(contents: PartialSession, section: Section, removed = false): PartialSession {
  const sections = contents.sections.filter((s) => s.id !== section.id);
  if (removed) {
    const notesBySection = new Map(contents.notesBySection);
    const noteCounts = new Map(contents.noteCounts);
    notesBySection.delete(section.id);
    noteCounts.delete(section.id);
    return { ...contents, sections, notesBySection, noteCounts };
  }
  const known = contents.sections.some((s) => s.id === section.id);
  const next = { ...contents, sections: [...sections, section].sort(byOrder) };
  // A new section is empty: its (zero) notes are known without reading them.
  if (!known) {
    next.notesBySection = new Map(contents.notesBySection).set(section.id, []);
    next.noteCounts = new Map(contents.noteCounts).set(section.id, 0);
  }
  return next;
}

export function applyChange(shown: Shown, change: Change): { shown: Shown; reload: boolean } {
  const same = (shown: Shown) => ({ shown, reload: false });
  const contents = shown.contents;
  const here = (sessionId: Id) => contents !== null && contents.session.id === sessionId;
  switch (change.kind) {
    case 'note/added':
    case 'note/edited': {
      const { note } = change;
      if (!here(note.sessionId)) return same(shown);
      // An edit of a note not loaded (folded away) changes nothing on screen.
      if (change.kind === 'note/edited' && !loadedIn(contents!, note.id)) return same(shown);
      return same({ ...shown, contents: withNote(contents!, note.id, note) });
    }
    case 'note/moved':
      return here(change.note.sessionId)
        ? same({ ...shown, contents: withNote(contents!, change.note.id, change.note, change.fromSectionId) })
        : same(shown);
    case 'note/deleted':
      return here(change.note.sessionId)
        ? same({ ...shown, contents: withNote(contents!, change.note.id, undefined, change.note.sectionId) })
        : same(shown);
    case 'section/added':
    case 'section/renamed':
    case 'section/moved':
    case 'section/deleted':
      return here(change.section.sessionId)
        ? same({ ...shown, contents: withSection(contents!, change.section, change.kind === 'section/deleted') })
        : same(shown);
    case 'schedule/imported':
      return here(change.sessionId)
        ? same({ ...shown, contents: change.sections.reduce((c, s) => withSection(c, s), contents!) })
        : same(shown);
    case 'schedule/choice':
      return same({ ...shown, choice: change.choice });
    case 'session/added':
    case 'session/changed': {
      const { session } = change;
      const sessions = newestFirst([...shown.sessions.filter((s) => s.id !== session.id), session]);
      return same({ ...shown, sessions, contents: here(session.id) ? { ...contents!, session } : contents });
    }
    case 'session/deleted': {
      const sessions = shown.sessions.filter((s) => s.id !== change.sessionId);
      return { shown: { ...shown, sessions }, reload: here(change.sessionId) };
    }
    case 'selection/changed': {
      const opening = change.selection.sessionId !== (contents?.session.id ?? null);
      return { shown: { ...shown, selection: change.selection, follow: change.follow }, reload: opening };
    }
    case 'context/changed':
      return same({ ...shown, context: change.context });
    case 'restored':
    case 'reset':
      return { shown, reload: true };
  }
}
