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
import { NO_CHOICE } from '../schedule/pick';
import type { Announcement } from '../owner/changes';
import type { PartialSession } from '../store/api';
import { applyChange, type Shown } from './apply-change';
import { windowSizes } from './note-window';
import { keepFreshThumb } from './fresh-thumbs';
import { errorText, type PageDeps } from './page-deps';

export interface Undoable {
  label: string;
  /** Puts back what the action changed; resolves false after showing why it could not. */
  undo: () => Promise<boolean>;
}

export interface WorkspaceState extends Shown {
  loading: boolean;
  /** The last announcement on screen (applied, or included in what was read). */
  heard: { epoch: string; seq: number } | null;
  error: string;
  undoable: Undoable | null;
}

const EMPTY: WorkspaceState = {
  loading: true,
  sessions: [],
  selection: NO_SELECTION,
  follow: FOLLOWING,
  choice: NO_CHOICE,
  context: null,
  contents: null,
  error: '',
  undoable: null,
  heard: null,
};

/** How long an action waits for its announcement before it is taken as shown anyway (a reload will follow). */
const SHOWN_WITHIN_MS = 2000;

/** The session shown: the chosen one if it exists, else the latest (the one a capture would pick). */
export function shownSessionId(wanted: Id | null, sessions: readonly { id: Id }[]): Id | null {
  return sessions.some((s) => s.id === wanted) ? wanted : (sessions[0]?.id ?? null);
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
  /** Actions waiting until their announcement is on screen. */
  const waiting = useRef(new Set<{ seq: number; done: () => void }>());
  /** Reads under way; an announcement arriving during one makes it read once more when it ends. */
  const pending = useRef(0);
  const again = useRef(false);

  /** Reads everything the page shows; only the newest of overlapping reads is applied. */
  const reload = useCallback(async () => {
    const mine = ++generation.current;
    pending.current += 1;
    try {
      // Both at once: the background's answer and the page's own read do not wait on each other.
      const [snapshot, sessions] = await Promise.all([deps.ask('workspace/get', {}), deps.store.listSessions()]);
      const sessionId = shownSessionId(snapshot.selection.sessionId, sessions);
      const wantedSection = snapshot.selection.sectionId;
      const previous = latest.current.contents;
      const opening = sessionId !== null && previous?.session.id !== sessionId;
      // Read at the moment of reading: an unfolded section stays unfolded (see windowSizes).
      const newest = (counts: ReadonlyMap<string, number>) =>
        windowSizes(counts, wantedSection, opening ? null : latest.current.contents);
      const show = (contents: PartialSession | null) => {
        heard.current = { epoch: snapshot.epoch, seq: snapshot.seq };
        const { selection, follow, choice, context } = snapshot;
        update((s) => ({
          ...s,
          loading: false,
          sessions,
          contents,
          selection,
          follow,
          choice,
          context,
          heard: heard.current,
        }));
      };
      // One read: each section's count comes with its record, so every section's window is on screen at once.
      const contents = sessionId ? ((await deps.store.loadPartialSession(sessionId, newest)) ?? null) : null;
      if (mine !== generation.current) return;
      show(contents);
    } catch (error) {
      if (mine === generation.current)
        update((s) => ({ ...s, loading: false, error: `Could not load your notes: ${errorText(error)}` }));
    } finally {
      pending.current -= 1;
      if (again.current && pending.current === 0) {
        again.current = false;
        void reload();
      }
    }
  }, [deps, update]);

  const hear = useCallback(
    (announcement: Announcement) => {
      const { change } = announcement;
      if (change.kind === 'note/added' && change.thumb && change.note.kind === 'text' && change.note.image)
        keepFreshThumb(change.note.image.id, change.thumb);
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
        return { ...s, ...shown, heard: heard.current };
      });
      if (readAgain) void reload();
    },
    [reload, update],
  );

  useEffect(() => {
    const unsubscribe = deps.announcements.subscribe(hear);
    void reload();
    return unsubscribe;
  }, [deps, reload, hear]);

  // Once rendered: the actions whose announcement is now on screen go on (e.g. to put focus back where it was).
  useEffect(() => {
    for (const waiter of waiting.current) if (state.heard && state.heard.seq >= waiter.seq) waiter.done();
  }, [state]);

  const shownRef = useRef<(seq: number) => Promise<void>>(() => Promise.resolve());
  /** Resolves once announcement `seq` is on screen, or after a while (then it was missed and a read follows). */
  const shown = useCallback(
    (seq: number) =>
      new Promise<void>((resolve) => {
        if (heard.current && heard.current.seq >= seq && latest.current === state) return resolve();
        const timer = setTimeout(() => waiter.done(), SHOWN_WITHIN_MS);
        const waiter = {
          seq,
          done() {
            clearTimeout(timer);
            waiting.current.delete(waiter);
            resolve();
          },
        };
        waiting.current.add(waiter);
      }),
    [state],
  );
  shownRef.current = shown;

  const setError = useCallback((error: string) => update((s) => ({ ...s, error })), [update]);

  /**
   * Sends one intent; resolves to `{ value }` once what it changed is on screen (the background announces it), or
   * null after showing the error (the caller keeps what the user typed).
   */
  const run = useCallback(
    async <T>(what: string, intent: () => Promise<Done<T>>): Promise<{ value: T } | null> => {
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
      if (answer.seq !== undefined) await shownRef.current(answer.seq);
      return answer;
    },
    [setError, update],
  );

  /** Changes the loaded session in memory (notes read on request, "Show earlier notes"). */
  const patchContents = useCallback(
    (patch: (contents: PartialSession) => PartialSession) => {
      update((s) => ({ ...s, contents: s.contents && patch(s.contents) }));
    },
    [update],
  );

  const offerUndo = useCallback((undoable: Undoable | null) => update((s) => ({ ...s, undoable })), [update]);

  const api = useMemo(
    () => ({ latest, reload, run, offerUndo, setError, patchContents, ask: deps.ask }),
    [reload, run, offerUndo, setError, patchContents, deps.ask],
  );
  return { state, api };
}

export type Workspace = ReturnType<typeof useWorkspace>['api'];
