/**
 * The panel's state over the store: the session list, the chosen session and section (remembered), the loaded
 * session, the last error and the last undoable delete. Every user action goes through `run`: one store call
 * (one transaction), then a reload and a notice to the other pages; a failure only sets `error`, so the caller
 * keeps what the user typed.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Selection } from '../model/context';
import type { Removed, SessionContents, PartialSession } from '../store/api';
import type { Session } from '../model/types';
import { afterPaint, chosenSection, firstPaintSizes, windowSizes } from './note-window';
import { errorText, type PageDeps } from './page-deps';

export interface Undoable {
  label: string;
  removed: Removed;
}

export interface WorkspaceState {
  loading: boolean;
  sessions: Session[];
  selection: Selection;
  /** The chosen session with the newest notes of each section (see note-window.ts). */
  contents: PartialSession | null;
  /** Only the first paint's window of the chosen section is read yet; the whole window follows. */
  partial: boolean;
  error: string;
  undoable: Undoable | null;
}

const EMPTY: WorkspaceState = {
  loading: true, sessions: [], selection: { sessionId: null, sectionId: null }, contents: null, partial: false, error: '', undoable: null,
};

/** A selection that points at things that exist: a missing session falls back to the first, a missing section to the last. */
export function resolveSelection(wanted: Selection, sessions: Session[], contents: SessionContents | null): Selection {
  const sessionId = sessions.some((s) => s.id === wanted.sessionId) ? wanted.sessionId : sessions[0]?.id ?? null;
  if (!contents || contents.session.id !== sessionId) return { sessionId, sectionId: null };
  const sections = contents.sections;
  const sectionId = sections.some((s) => s.id === wanted.sectionId) ? wanted.sectionId : sections.at(-1)?.id ?? null;
  return { sessionId, sectionId };
}

export function useWorkspace(deps: PageDeps) {
  const [state, setState] = useState<WorkspaceState>(EMPTY);
  // Actions read the state at call time through this ref, so that they (and the memoised note items) stay stable.
  const latest = useRef(state);
  latest.current = state;
  const wanted = useRef<Selection | null>(null);
  const generation = useRef(0);
  /** Reloads under way. */
  const pending = useRef(0);
  /** A change notice arrived during a reload: read once more when it ends (a burst of notices costs two reads). */
  const again = useRef(false);

  /** Reads everything the panel shows; only the newest of overlapping reloads is applied. */
  const reload = useCallback(async (next?: Selection) => {
    const mine = ++generation.current;
    pending.current += 1;
    try {
      if (next) wanted.current = next;
      wanted.current ??= await deps.selection.load();
      const sessions = await deps.store.listSessions();
      const sessionId = resolveSelection(wanted.current, sessions, null).sessionId;
      const wantedSection = wanted.current.sectionId;
      const opening = sessionId !== null && latest.current.contents?.session.id !== sessionId;
      // Read at the moment of reading: an unfolded section stays unfolded (see windowSizes).
      const newest = (counts: ReadonlyMap<string, number>) => {
        const previous = latest.current.contents;
        return windowSizes(counts, wantedSection, !opening && previous?.session.id === sessionId ? previous : null);
      };
      const show = (contents: PartialSession | null, partial = false) => {
        const selection = resolveSelection(wanted.current!, sessions, contents);
        if (selection.sessionId !== wanted.current!.sessionId || selection.sectionId !== wanted.current!.sectionId) {
          wanted.current = selection;
          void deps.selection.save(selection).catch(() => undefined);
        }
        setState((s) => ({ ...s, loading: false, sessions, contents, partial, selection }));
      };
      // Opening a session (not reading it again): first the newest notes of the chosen section alone, on screen
      // after a handful of requests; after that paint, every section (three requests each: 300 for 100 talks).
      if (opening) {
        const first = await deps.store.loadPartialSession(sessionId, firstPaintSizes, (sections) => [chosenSection(sections, wantedSection)]);
        if (mine !== generation.current) return;
        show(first ?? null, first !== undefined);
        await afterPaint();
        if (mine !== generation.current) return;
      }
      const contents = sessionId ? (await deps.store.loadPartialSession(sessionId, newest)) ?? null : null;
      if (mine !== generation.current) return;
      show(contents);
    } catch (error) {
      if (mine === generation.current) setState((s) => ({ ...s, loading: false, error: `Could not load your notes: ${errorText(error)}` }));
    } finally {
      pending.current -= 1;
      if (again.current && pending.current === 0) {
        again.current = false;
        void reload();
      }
    }
  }, [deps]);

  useEffect(() => {
    void reload();
    return deps.changes.subscribe(() => {
      if (pending.current > 0) again.current = true;
      else void reload();
    });
  }, [deps, reload]);

  /** Changes the loaded session in memory. A reload under way may have read the store before the change: it is
   * dropped and the session read again once it ends. */
  const patchContents = useCallback((patch: (contents: PartialSession) => PartialSession) => {
    if (pending.current > 0) {
      generation.current += 1;
      again.current = true;
    }
    setState((s) => ({ ...s, contents: s.contents && patch(s.contents) }));
  }, []);

  /**
   * Runs one user action; resolves to `{ value }`, or null after showing the error. With `patch`, the loaded
   * session is updated in memory instead of read again: writing a note into a 10,000-note session must not wait
   * for the whole session to load (issue 6).
   */
  const run = useCallback(async <T,>(
    what: string, action: () => Promise<T>,
    options: { select?(result: T): Selection | void; patch?(contents: PartialSession, result: T): PartialSession } = {},
  ): Promise<{ value: T } | null> => {
    let value: T;
    try {
      value = await action();
    } catch (error) {
      setState((s) => ({ ...s, error: `${what} failed: ${errorText(error)}` }));
      return null;
    }
    const { patch } = options;
    if (patch && latest.current.contents) {
      setState((s) => ({ ...s, error: '' }));
      patchContents((contents) => patch(contents, value));
    } else {
      setState((s) => ({ ...s, error: '' }));
      await reload(options.select?.(value) ?? undefined);
    }
    deps.changes.notify(wanted.current?.sessionId ?? null);
    return { value };
  }, [deps, reload, patchContents]);

  const select = useCallback(async (selection: Selection) => {
    await deps.selection.save(selection).catch(() => undefined);
    await reload(selection);
  }, [deps, reload]);

  const offerUndo = useCallback((undoable: Undoable | null) => setState((s) => ({ ...s, undoable })), []);
  const setError = useCallback((error: string) => setState((s) => ({ ...s, error })), []);

  const api = useMemo(() => ({ latest, reload, run, select, offerUndo, setError, patchContents }),
    [reload, run, select, offerUndo, setError, patchContents]);
  return { state, api };
}

export type Workspace = ReturnType<typeof useWorkspace>['api'];
