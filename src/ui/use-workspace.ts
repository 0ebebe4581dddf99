/**
 * A page's view of the workspace: the session list, the chosen session and section, whether notes follow the talk,
 * the context tab, the loaded part of the chosen session, the last error and the last undoable action. The page
 * writes nothing: it sends intents (`run`) and applies what the background announces (apply-change.ts). It reads
 * the store only when it opens, when it opens another session, and when it sees a gap in the announcements.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Done } from '../messages';
import { FOLLOWING, NO_SELECTION } from '../model/context';
import type { Id } from '../model/types';
import type { Announcement } from '../owner/changes';
import type { PartialSession } from '../store/api';
import { applyChange, type Shown } from './apply-change';
import { afterPaint, chosenSection, firstPaintSizes, windowSizes } from './note-window';
import { errorText, type PageDeps } from './page-deps';

export interface Undoable {
  label: string;
  /** Puts back what the action changed; resolves false after showing why it could not. */
  undo(): Promise<boolean>;
}

export interface WorkspaceState extends Shown {
  loading: boolean;
  /** Only the first paint's window of the chosen section is read yet; the whole window follows. */
  partial: boolean;
  error: string;
  undoable: Undoable | null;
}

const EMPTY: WorkspaceState = {
  loading: true, sessions: [], selection: NO_SELECTION, follow: FOLLOWING, context: null, contents: null,
  partial: false, error: '', undoable: null,
};

/** The session shown: the chosen one if it exists, else the latest (the one a capture would pick). */
export function shownSessionId(wanted: Id | null, sessions: readonly { id: Id }[]): Id | null {
  return sessions.some((s) => s.id === wanted) ? wanted : sessions[0]?.id ?? null;
}

export function useWorkspace(deps: PageDeps) {
  const [state, setState] = useState<WorkspaceState>(EMPTY);
  // The state as last set (ahead of rendering): announcements apply to it one after the other, and actions read it.
  const latest = useRef(state);
  const update = useCallback((change: (s: WorkspaceState) => WorkspaceState) => {
    latest.current = change(latest.current);
    setState(latest.current);
  }, []);
  const generation = useRef(0);
  /** The last announcement applied (or included in what was read). */
  const heard = useRef<{ epoch: string; seq: number } | null>(null);
  /** Reads under way; an announcement arriving during one makes it read once more when it ends. */
  const pending = useRef(0);
  const again = useRef(false);

  /** Reads everything the page shows; only the newest of overlapping reads is applied. */
  const reload = useCallback(async () => {
    const mine = ++generation.current;
    pending.current += 1;
    try {
      const snapshot = await deps.ask('workspace/get', {});
      const sessions = await deps.store.listSessions();
      const sessionId = shownSessionId(snapshot.selection.sessionId, sessions);
      const wantedSection = snapshot.selection.sectionId;
      const previous = latest.current.contents;
      const opening = sessionId !== null && previous?.session.id !== sessionId;
      // Read at the moment of reading: an unfolded section stays unfolded (see windowSizes).
      const newest = (counts: ReadonlyMap<string, number>) => windowSizes(counts, wantedSection, opening ? null : latest.current.contents);
      const show = (contents: PartialSession | null, partial = false) => {
        heard.current = { epoch: snapshot.epoch, seq: snapshot.seq };
        const { selection, follow, context } = snapshot;
        update((s) => ({ ...s, loading: false, sessions, contents, partial, selection, follow, context }));
      };
      // Opening a session (not reading it again): first the newest notes of the chosen section alone, on screen
      // after a handful of requests; after that paint, every section.
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
      if (mine === generation.current) update((s) => ({ ...s, loading: false, error: `Could not load your notes: ${errorText(error)}` }));
    } finally {
      pending.current -= 1;
      if (again.current && pending.current === 0) {
        again.current = false;
        void reload();
      }
    }
  }, [deps, update]);

  const hear = useCallback((announcement: Announcement) => {
    if (pending.current > 0) {
      again.current = true;
      return;
    }
    const last = heard.current;
    if (last && announcement.epoch === last.epoch && announcement.seq <= last.seq) return; // already read
    if (!last || announcement.epoch !== last.epoch || announcement.seq !== last.seq + 1) {
      void reload(); // missed one (or the background restarted): read again
      return;
    }
    heard.current = { epoch: announcement.epoch, seq: announcement.seq };
    let readAgain = false;
    update((s) => {
      const { shown, reload: must } = applyChange(s, announcement.change);
      readAgain = must;
      return { ...s, ...shown };
    });
    if (readAgain) void reload();
  }, [reload, update]);

  useEffect(() => {
    const unsubscribe = deps.announcements.subscribe(hear);
    void reload();
    return unsubscribe;
  }, [deps, reload, hear]);

  const setError = useCallback((error: string) => update((s) => ({ ...s, error })), [update]);

  /**
   * Sends one intent; resolves to `{ value }`, or null after showing the error (the caller keeps what the user
   * typed). What it changed shows when the background announces it.
   */
  const run = useCallback(async <T,>(what: string, intent: () => Promise<Done<T>>): Promise<{ value: T } | null> => {
    let answer: Done<T>;
    try {
      answer = await intent();
    } catch (error) {
      answer = { error: `${what} failed: ${errorText(error)}` };
    }
    if ('error' in answer) {
      setError(answer.error);
      return null;
    }
    update((s) => (s.error ? { ...s, error: '' } : s));
    return answer;
  }, [setError, update]);

  /** Changes the loaded session in memory (notes read on request, "Show earlier notes"). */
  const patchContents = useCallback((patch: (contents: PartialSession) => PartialSession) => {
    update((s) => ({ ...s, contents: s.contents && patch(s.contents) }));
  }, [update]);

  const offerUndo = useCallback((undoable: Undoable | null) => update((s) => ({ ...s, undoable })), [update]);

  const api = useMemo(() => ({ latest, reload, run, offerUndo, setError, patchContents, ask: deps.ask }),
    [reload, run, offerUndo, setError, patchContents, deps.ask]);
  return { state, api };
}

export type Workspace = ReturnType<typeof useWorkspace>['api'];
