/**
 * The side panel's workspace: pick or create a session, its sections and notes in order, and the composer at
 * the bottom. Other features plug in through props: `top` (e.g. the "Now watching" bar, issue 3), `capture`
 * (taking a note with the talk's moment) and `exportTools` (issue 5).
 */
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { FrozenMoment, Selection } from '../model/context';
import type { Note } from '../model/types';
import type { SessionContents } from '../store/api';
import { ErrorRegion, UndoBar } from './alerts';
import { Composer } from './composer';
import { errorText, type PageDeps } from './page-deps';
import { SectionForm } from './section-form';
import { earlierCount } from './note-window';
import { SectionItem } from './section-view';
import { SessionBar } from './session-bar';
import { useWorkspace } from './use-workspace';
import { workspaceActions } from './workspace-actions';

export interface NoteCapture {
  /** The first keystroke of a new note. */
  onStartTyping?(): void;
  /**
   * Saves the note in place of the panel's plain text note; resolve true when stored, or the stored note to show
   * it at once (a large session is then not read again before the note appears).
   */
  save?(text: string, target: Selection): Promise<boolean | Note>;
  /** The moment frozen for the note being typed: with a talk, the note goes to that talk's section. */
  frozen?: FrozenMoment | null;
}

interface Props {
  deps: PageDeps;
  top?: ComponentChildren;
  capture?: NoteCapture;
  exportTools?(contents: SessionContents): ComponentChildren;
}

export function WorkspaceView({ deps, top, capture, exportTools }: Props) {
  const { state, api } = useWorkspace(deps);
  const actions = useMemo(() => workspaceActions(api, deps.store), [api, deps.store]);
  const [addingSection, setAddingSection] = useState(false);
  const { contents, selection } = state;
  const sections = contents?.sections ?? [];
  // Unknown (null) while only the first section is read: the delete prompt must not quote too few notes.
  const noteCount = !contents ? 0 : state.partial ? null : [...contents.noteCounts.values()].reduce((n, count) => n + count, 0);

  // A talk's note goes to the talk's section (found by its video, else made for it), not the chosen one.
  const talk = capture?.frozen?.source;
  const goesTo = talk
    ? sections.find((s) => s.source?.videoId === talk.videoId)?.title ?? (capture?.frozen?.title || 'a new section for this talk')
    : null;

  const saveNote = async (text: string) => {
    if (!capture?.save) return actions.addNote(text);
    try {
      const saved = await capture.save(text, api.latest.current.selection);
      if (typeof saved === 'object') actions.showNote(saved);
      return saved !== false;
    } catch (error) {
      api.setError(`Saving the note failed: ${errorText(error)}`);
      return false;
    }
  };

  return (
    <div class="workspace">
      {state.loading
        ? <p class="loading" aria-busy="true">Loading your notes…</p>
        : (
          <SessionBar
            sessions={state.sessions} sessionId={selection.sessionId} noteCount={noteCount}
            onSelect={(id) => api.select({ sessionId: id, sectionId: null })}
            onCreate={async (input) => (await actions.createSession(input)) !== null}
            onUpdate={async (id, input) => (await actions.updateSession(id, input)) !== null}
            onDelete={(session) => actions.deleteSession(session)}
          />
        )}
      {top}
      {contents && (
        <main class="sections" aria-label={`Notes of ${contents.session.title}`} aria-busy={state.partial}>
          {sections.length === 0 && <p class="empty">No sections yet: your first note starts one, or add a section for each talk.</p>}
          {sections.map((section, i) => (
            <SectionItem key={section.id} section={section} notes={contents.notesBySection.get(section.id) ?? []}
              first={i === 0} last={i === sections.length - 1} current={section.id === selection.sectionId}
              earlier={earlierCount(contents, section.id)} loaded={contents.noteCounts.has(section.id)} actions={actions} />
          ))}
          {addingSection
            ? <SectionForm onCancel={() => setAddingSection(false)} onSubmit={async (input) => (await actions.addSection(input)) !== null} />
            : <button type="button" class="add-section" onClick={() => setAddingSection(true)}>New section</button>}
          {exportTools?.(contents)}
        </main>
      )}
      {/* Docked at the bottom, beside the note box: errors and Undo stay in view however far the list scrolls. */}
      <div class="dock">
        <ErrorRegion error={state.error} onDismiss={() => api.setError('')} />
        <UndoBar undoable={state.undoable} onUndo={() => void actions.undo()} onDismiss={actions.dismissUndo} />
        <Composer sections={sections} sectionId={selection.sectionId} disabled={!contents}
          onChooseSection={actions.chooseSection} onSave={saveNote} onStartTyping={capture?.onStartTyping} goesTo={goesTo} />
      </div>
    </div>
  );
}
