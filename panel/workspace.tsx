/**
 * The side panel's workspace: pick or create a session, its sections and notes in order, and the composer at
 * the bottom with where the next note goes. Other features plug in through props: `top` (the "Now watching"
 * bar, given the announced context), `capture` (taking a note with the talk's moment) and `exportTools`.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FiledNote } from '../src/messages';
import type { FrozenMoment, PageContext } from '../src/model/context';
import type { NoteStyle } from '../src/model/typed-note';
import { chosenOrLast } from '../src/model/selection';
import type { SessionContents } from '../src/store/api';
import { ErrorRegion, UndoBar } from '../src/ui/alerts';
import { Composer } from '../src/ui/composer';
import { errorText, type PageDeps } from '../src/ui/page-deps';
import { SectionForm } from './section-form';
import { earlierCount } from '../src/ui/note-window';
import { ScheduleImport } from './schedule-import';
import { useDockPadding } from './dock-padding';
import { useRevealed } from './reveal';
import { SectionItem } from './section-view';
import { SessionBar } from './session-bar';
import { savedWords, WorkspaceTargetLine } from '../src/ui/target-line';
import { askSnapshot } from '../src/ui/snapshot';
import { ReadImageContext } from './snapshot-thumb';
import { ScreenCaptureAsk } from './screen-capture-ask';
import { useTarget } from '../src/ui/use-target';
import { useWorkspace } from '../src/ui/use-workspace';
import { workspaceActions } from '../src/ui/workspace-actions';
import { clockLabelOf } from '../src/schedule/section-talk';
import { SearchBox } from '../src/ui/search-box';
import type { OpenTarget } from '../src/ui/search-results';
import { useSearch } from '../src/ui/use-search';
import { openResult } from './open-result';

export interface NoteCapture {
  /** The first keystroke of a new note. */
  onStartTyping?: () => void;
  /** Saves the note with the moment frozen when typing began; throws the reason when it was not saved. */
  save?: (text: string, style?: NoteStyle) => Promise<FiledNote>;
  /** The moment frozen for the note being typed: with a talk, the note goes to that talk's section. */
  frozen?: FrozenMoment | null;
}

interface Props {
  deps: PageDeps;
  /** `contents`: the open session, for controls that act on it (linking a playlist's videos to its talks). */
  top?: (
    context: PageContext | null | undefined,
    now: number,
    contents: SessionContents | undefined,
  ) => ComponentChildren;
  capture?: NoteCapture;
  exportTools?: (contents: SessionContents) => ComponentChildren;
  /** Results opened elsewhere (the popup's search) to show here; returns the function that stops listening. */
  revealAsked?: (reveal: (target: OpenTarget) => void) => () => void;
}

/** Brings the note just saved into view once it is on screen (its announcement may come after the answer). */
function useScrollToSaved(noteId: string | null, contents: unknown) {
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!noteId || done.current === noteId) return;
    const item = document.getElementById(`note-${noteId}`);
    if (!item) return;
    done.current = noteId;
    item.scrollIntoView?.({ block: 'nearest' });
  }, [noteId, contents]);
}

export function WorkspaceView({ deps, top, capture, exportTools, revealAsked }: Props) {
  const { state, api } = useWorkspace(deps);
  const actions = useMemo(() => workspaceActions(api, deps.store), [api, deps.store]);
  const [addingSection, setAddingSection] = useState(false);
  const [importing, setImporting] = useState(false);
  const [imported, setImported] = useState('');
  const [saved, setSaved] = useState<{ noteId: string; words: string } | null>(null);
  const dock = useRef<HTMLDivElement>(null);
  useDockPadding(dock);
  /** The last snapshot needed the permission to capture the screen (see ScreenCaptureAsk). */
  const [askScreen, setAskScreen] = useState(false);
  const { contents, selection } = state;
  const sections = contents?.sections ?? [];
  const chosenId = chosenOrLast(sections, selection.sectionId)?.id ?? null;
  const noteCount = contents ? [...contents.noteCounts.values()].reduce((n, count) => n + count, 0) : 0;
  const costs = useMemo(
    () => sections.map((s) => 1 + (contents?.notesBySection.get(s.id)?.length ?? 0)),
    [sections, contents],
  );
  const revealed = useRevealed(contents?.session.id ?? null, costs);
  const { now, talk, target, declinedTalk } = useTarget(state, capture?.frozen);
  useScrollToSaved(saved?.noteId ?? null, contents);
  const search = useSearch(deps);
  const reveal = (target: OpenTarget) =>
    void openResult(target, {
      shownSessionId: () => api.latest.current.contents?.session.id ?? null,
      isLoaded: (sectionId, noteId) =>
        api.latest.current.contents?.notesBySection.get(sectionId)?.some((note) => note.id === noteId) ?? false,
      earlier: (sectionId) => {
        const shown = api.latest.current.contents;
        return shown ? earlierCount(shown, sectionId) : 0;
      },
      chooseSession: (id) => actions.chooseSession(id),
      showEarlier: (sectionId, count) => actions.showEarlier(sectionId, count),
    });
  const revealLater = useRef(reveal);
  revealLater.current = reveal;
  useEffect(() => revealAsked?.((target) => revealLater.current(target)), [revealAsked]);

  const saveNote = async (text: string, style: NoteStyle) => {
    setSaved(null);
    let filed: FiledNote | null;
    try {
      filed = capture?.save ? await capture.save(text, style) : await actions.addNote(text, null, style);
    } catch (error) {
      api.setError(`Saving the note failed: ${errorText(error)}`);
      return false;
    }
    if (!filed) return false;
    const { note } = filed;
    const section = state.contents?.sections.find((s) => s.id === note.sectionId);
    const clock = section ? clockLabelOf(note, section) : null;
    setSaved({ noteId: note.id, words: savedWords(filed.sectionTitle, 'at' in note ? note.at?.seconds : null, clock) });
    return true;
  };

  const readImage = useCallback((id: string) => deps.store.getImage(id), [deps.store]);

  const takeSnapshot = async (text: string) => {
    setSaved(null);
    const result = await askSnapshot(deps.ask, text);
    setAskScreen('error' in result && result.screenPermission === true);
    if ('error' in result) {
      api.setError(result.error);
      return false;
    }
    setSaved({ noteId: result.filed.note.id, words: result.words });
    return true;
  };

  return (
    <ReadImageContext.Provider value={readImage}>
      <div class="workspace">
        <SearchBox search={search} onOpen={reveal} shortcuts />
        {state.loading ? (
          <p class="loading" aria-busy="true">
            Loading your notes…
          </p>
        ) : (
          <SessionBar
            sessions={state.sessions}
            sessionId={contents?.session.id ?? selection.sessionId}
            noteCount={noteCount}
            onSelect={(id) => void actions.chooseSession(id)}
            onCreate={async (input) => (await actions.createSession(input)) !== null}
            onUpdate={async (id, input) => (await actions.updateSession(id, input)) !== null}
            onDelete={(session) => void actions.deleteSession(session)}
          />
        )}
        {top?.(state.loading ? undefined : state.context, now, contents ?? undefined)}
        {contents && (
          <main
            class="sections"
            aria-label={`Notes of ${contents.session.title}`}
            aria-busy={revealed < sections.length ? 'true' : undefined}
          >
            {sections.length === 0 && (
              <p class="empty">No sections yet: your first note starts one, or add a section for each talk.</p>
            )}
            {sections.slice(0, revealed).map((section, i) => (
              <SectionItem
                key={section.id}
                section={section}
                notes={contents.notesBySection.get(section.id) ?? []}
                first={i === 0}
                last={i === sections.length - 1}
                current={section.id === chosenId}
                earlier={earlierCount(contents, section.id)}
                actions={actions}
              />
            ))}
            {addingSection ? (
              <SectionForm
                onCancel={() => setAddingSection(false)}
                onSubmit={async (input) => (await actions.addSection(input)) !== null}
              />
            ) : (
              <div class="row">
                <button type="button" class="add-section" onClick={() => setAddingSection(true)}>
                  New section
                </button>
                <button
                  type="button"
                  class="add-section"
                  aria-expanded={importing}
                  onClick={() => {
                    setImported('');
                    setImporting(!importing);
                  }}
                >
                  Import schedule
                </button>
              </div>
            )}
            {importing && (
              <ScheduleImport
                deps={deps}
                sessionId={contents.session.id}
                onClose={(done) => {
                  setImporting(false);
                  setImported(done);
                }}
              />
            )}
            <p class="import-done" role="status">
              {imported}
            </p>
            {exportTools?.(contents)}
          </main>
        )}
        {/* Docked at the bottom, beside the note box: errors and Undo stay in view however far the list scrolls. */}
        <div class="dock" ref={dock}>
          <ErrorRegion error={state.error} onDismiss={() => api.setError('')} />
          <UndoBar undoable={state.undoable} onUndo={() => void actions.undo()} onDismiss={actions.dismissUndo} />
          <Composer
            sections={sections}
            sectionId={chosenId}
            disabled={!contents}
            onChooseSection={(id) => void actions.chooseSection(id)}
            onSave={saveNote}
            onSnapshot={takeSnapshot}
            onStartTyping={capture?.onStartTyping}
            target={
              <>
                {contents && (
                  <WorkspaceTargetLine
                    target={target}
                    talk={talk}
                    declinedTalk={declinedTalk}
                    follow={state.follow}
                    actions={actions}
                  />
                )}
                <p class="saved" role="status">
                  {saved?.words ?? ''}
                </p>
                {askScreen && deps.requestHost && <ScreenCaptureAsk requestHost={deps.requestHost} />}
              </>
            }
          />
        </div>
      </div>
    </ReadImageContext.Provider>
  );
}
