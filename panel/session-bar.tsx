/**
 * The session picker ("Session") with New, Edit and Delete. Deleting asks first, in the page (no blocking
 * dialog), and the workspace then offers Undo.
 */
import { useState } from 'preact/hooks';
import type { Session } from '../src/model/types';
import type { SessionInput } from '../src/store/api';
import { SessionForm } from './session-form';

interface Props {
  sessions: Session[];
  sessionId: string | null;
  /** The session's notes, or null while they are still being counted. */
  noteCount: number | null;
  onSelect: (id: string) => void;
  onCreate: (input: SessionInput) => Promise<boolean>;
  onUpdate: (id: string, input: SessionInput) => Promise<boolean>;
  onDelete: (session: Session) => void;
}

type Mode = 'idle' | 'new' | 'edit' | 'confirm-delete';

export function SessionBar(props: Props) {
  const [mode, setMode] = useState<Mode>('idle');
  const current = props.sessions.find((s) => s.id === props.sessionId);
  const idle = () => setMode('idle');

  return (
    <section class="session-bar" aria-label="Sessions">
      <div class="row picker">
        <label for="session-select">Session</label>
        <select
          id="session-select"
          value={props.sessionId ?? ''}
          disabled={props.sessions.length === 0}
          onChange={(e) => props.onSelect(e.currentTarget.value)}
        >
          {props.sessions.length === 0 && <option value="">No sessions yet</option>}
          {props.sessions.map((s) => (
            <option key={s.id} value={s.id}>
              {s.date ? `${s.title} (${s.date})` : s.title}
            </option>
          ))}
        </select>
      </div>
      <div class="row actions">
        <button type="button" onClick={() => setMode('new')} aria-expanded={mode === 'new'}>
          New session
        </button>
        <button type="button" disabled={!current} onClick={() => setMode('edit')} aria-expanded={mode === 'edit'}>
          Edit session
        </button>
        <button type="button" class="danger" disabled={!current} onClick={() => setMode('confirm-delete')}>
          Delete session
        </button>
      </div>
      {/* With no session yet, the form is the first thing to fill in, so it stays open. */}
      {(mode === 'new' || props.sessions.length === 0) && (
        <SessionForm onSubmit={props.onCreate} onCancel={props.sessions.length === 0 ? undefined : idle} />
      )}
      {mode === 'edit' && current && (
        <SessionForm
          key={current.id}
          session={current}
          onSubmit={(input) => props.onUpdate(current.id, input)}
          onCancel={idle}
        />
      )}
      {mode === 'confirm-delete' && current && (
        <div class="card confirm" role="group" aria-label="Confirm delete">
          <p>
            Delete “{current.title}” with{' '}
            {props.noteCount === null
              ? 'all its notes'
              : `its ${props.noteCount} ${props.noteCount === 1 ? 'note' : 'notes'}`}
            ? You can undo this right after.
          </p>
          <div class="row">
            <button
              type="button"
              class="danger"
              autoFocus
              onClick={() => {
                idle();
                props.onDelete(current);
              }}
            >
              Delete “{current.title}”
            </button>
            <button type="button" onClick={idle}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
