/**
 * The popup: a note into the current session and section in one step, and the way to the side panel. The text
 * is kept as a draft on every keystroke (the popup closes as soon as it loses focus) and cleared once stored.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Note } from '../model/types';
import { workspaceName } from '../platform/browser-name';
import { ErrorRegion } from './alerts';
import { NoteInput } from './note-input';
import { errorText, type PageDeps } from './page-deps';
import { useWorkspace } from './use-workspace';
import { workspaceActions } from './workspace-actions';

export interface DraftStorage {
  load(): Promise<string>;
  save(text: string): Promise<void>;
}

interface Props {
  deps: PageDeps;
  draft: DraftStorage;
  onOpenPanel(): void;
  /** Saves in place of a plain text note (issue 3: with the talk's moment); resolve true or the note when stored. */
  save?(text: string): Promise<boolean | Note>;
  onStartTyping?(): void;
  /** Above the note box: e.g. the page's tweet or the talk being watched. */
  children?: ComponentChildren;
}

export function QuickCapture({ deps, draft, onOpenPanel, save, onStartTyping, children }: Props) {
  const { state, api } = useWorkspace(deps);
  const actions = useMemo(() => workspaceActions(api, deps.store), [api, deps.store]);
  const [initial, setInitial] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    draft.load().then(setInitial, () => setInitial(''));
  }, [draft]);

  const session = state.contents?.session;
  const section = state.contents?.sections.find((s) => s.id === state.selection.sectionId);

  /** The title of the section a note went to: a talk's note goes to the talk's section, not the chosen one. */
  const sectionTitle = async (note: Note) => {
    const known = api.latest.current.contents?.sections.find((s) => s.id === note.sectionId);
    return known?.title ?? (await deps.store.getSection(note.sectionId).catch(() => undefined))?.title;
  };

  const onSave = async (text: string) => {
    setStatus('');
    let stored: boolean | Note;
    try {
      stored = save ? await save(text) : await actions.addNote(text);
    } catch (error) {
      api.setError(`Saving the note failed: ${errorText(error)}`);
      stored = false;
    }
    if (stored === false) return false;
    const where = typeof stored === 'object' ? await sectionTitle(stored) : section?.title;
    setStatus(where ? `Saved to ${where}.` : 'Saved.');
    return true;
  };

  const onDraft = (text: string) => {
    if (text) setStatus(''); // typing the next note: an empty box right after a save keeps its status
    draft.save(text).catch(() => api.setError('Could not keep the draft: copy your text before closing.'));
  };

  return (
    <div class="quick-capture">
      <div class="row">
        <h1>Quick note</h1>
        <button type="button" onClick={onOpenPanel}>Open {workspaceName}</button>
      </div>
      <ErrorRegion error={state.error} onDismiss={() => api.setError('')} />
      {!state.loading && (session
        ? <p class="target">Into <strong>{session.title}</strong>{section && <> › <strong>{section.title}</strong></>}</p>
        : <p class="target">No session yet: open the {workspaceName} to create one.</p>)}
      {children}
      {initial !== null && !state.loading && (
        <NoteInput initialText={initial} disabled={!session} onSave={onSave} onDraft={onDraft} onStartTyping={onStartTyping} />
      )}
      <p class="status" role="status">{status}</p>
    </div>
  );
}
