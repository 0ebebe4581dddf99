/**
 * The popup: a note in one step, shown where it goes before it is saved, with the section to choose (the same
 * choice as the panel's), and the way to the side panel. The text is kept as a draft on every keystroke (the
 * popup closes as soon as it loses focus) and cleared once stored.
 */
import type { NoteStyle } from '../src/model/typed-note';
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { FiledNote } from '../src/messages';
import type { FrozenMoment, PageContext } from '../src/model/context';
import { chosenOrLast } from '../src/model/selection';
import { workspaceName } from '../src/platform/browser-name';
import { ErrorRegion } from '../src/ui/alerts';
import { Composer } from '../src/ui/composer';
import { askSnapshot } from '../src/ui/snapshot';
import { errorText, type PageDeps } from '../src/ui/page-deps';
import { savedWords, WorkspaceTargetLine } from '../src/ui/target-line';
import { useTarget } from '../src/ui/use-target';
import { useWorkspace } from '../src/ui/use-workspace';
import { workspaceActions } from '../src/ui/workspace-actions';

export interface DraftStorage {
  load: () => Promise<string>;
  save: (text: string) => Promise<void>;
}

interface Props {
  deps: PageDeps;
  draft: DraftStorage;
  onOpenPanel: () => void;
  /** Saves with the talk's moment frozen when typing began; throws the reason when not saved. */
  save?: (text: string, style?: NoteStyle) => Promise<FiledNote>;
  onStartTyping?: () => void;
  frozen?: FrozenMoment | null;
  /** Under the heading: the compact search. */
  search?: ComponentChildren;
  /** Above the note box, given the announced context: e.g. the page's tweet or the talk being watched. */
  children?: (context: PageContext | null | undefined, now: number) => ComponentChildren;
}

export function QuickCapture({ deps, draft, onOpenPanel, save, onStartTyping, frozen, search, children }: Props) {
  const { state, api } = useWorkspace(deps);
  const actions = useMemo(() => workspaceActions(api, deps.store), [api, deps.store]);
  const [initial, setInitial] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const { now, talk, target, declinedTalk } = useTarget(state, frozen);

  useEffect(() => {
    draft.load().then(setInitial, () => setInitial(''));
  }, [draft]);

  const session = state.contents?.session;
  const sections = state.contents?.sections ?? [];

  const onSave = async (text: string, style: NoteStyle) => {
    setStatus('');
    let filed: FiledNote | null;
    try {
      filed = save ? await save(text, style) : await actions.addNote(text, null, style);
    } catch (error) {
      api.setError(`Saving the note failed: ${errorText(error)}`);
      filed = null;
    }
    if (!filed) return false;
    setStatus(`${savedWords(filed.sectionTitle, 'at' in filed.note ? filed.note.at?.seconds : null)}.`);
    return true;
  };

  const onSnapshot = async (text: string) => {
    setStatus('');
    const result = await askSnapshot(deps.ask, text);
    if ('error' in result) {
      api.setError(result.error);
      return false;
    }
    setStatus(`${result.words}.`);
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
        <button type="button" onClick={() => onOpenPanel()}>
          Open {workspaceName}
        </button>
      </div>
      {search}
      <ErrorRegion error={state.error} onDismiss={() => api.setError('')} />
      {!state.loading &&
        (session ? (
          <p class="session">
            Into <strong>{session.title}</strong>
          </p>
        ) : (
          <p class="session">No session yet: your first note starts one for today.</p>
        ))}
      {children?.(state.loading ? undefined : state.context, now)}
      {initial !== null && !state.loading && (
        <Composer
          sections={sections}
          sectionId={chosenOrLast(sections, state.selection.sectionId)?.id ?? null}
          disabled={false}
          onChooseSection={(id) => void actions.chooseSection(id)}
          onSave={onSave}
          onStartTyping={onStartTyping}
          initialText={initial}
          onDraft={onDraft}
          onSnapshot={onSnapshot}
          target={
            <WorkspaceTargetLine
              target={target}
              talk={talk}
              declinedTalk={declinedTalk}
              follow={state.follow}
              actions={actions}
            />
          }
        />
      )}
      <p class="status" role="status">
        {status}
      </p>
    </div>
  );
}
