/**
 * One note in the list: its body, and behind a "Note actions" button the edit, move and delete actions (kept out of
 * the DOM until asked for, so that long sessions stay light). Editing happens in place: Enter saves, Escape cancels.
 */
import { memo } from './memo';
import { useState } from 'preact/hooks';
import { useKeepFocus } from './keep-focus';
import type { NoteStyle } from '../src/model/typed-note';
import type { Note, Section } from '../src/model/types';
import { NoteBody } from './note-body';
import { editableText, type WorkspaceActions } from '../src/ui/workspace-actions';

const EDIT_LABEL: Record<Note['kind'], string> = {
  text: 'Edit note',
  quote: 'Edit note',
  heading: 'Edit sub-heading',
  post: 'Edit comment',
  page: 'Edit comment',
};

/** What a note of words can become, named for its button. */
const RESTYLE: { kind: NoteStyle; label: string }[] = [
  { kind: 'text', label: 'Make it a note' },
  { kind: 'quote', label: 'Make it a quote' },
  { kind: 'heading', label: 'Make it a sub-heading' },
];

interface Props {
  note: Note;
  /** Its section: a clock-stamped note reads its time into the talk, or its moment in the linked recording. */
  section?: Section;
  first: boolean;
  last: boolean;
  actions: WorkspaceActions;
}

function NoteEditor({
  note,
  onSave,
  onCancel,
}: {
  note: Note;
  onSave: (text: string) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [text, setText] = useState(editableText(note));
  const id = `edit-${note.id}`;
  const save = async () => {
    if (await onSave(text)) onCancel();
  };
  return (
    <form
      class="note-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label for={id}>{EDIT_LABEL[note.kind]}</label>
      <textarea
        id={id}
        rows={3}
        value={text}
        autoFocus
        onInput={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
          if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
            e.preventDefault();
            void save();
          }
        }}
      />
      <div class="row">
        <button type="submit" class="primary">
          Save
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function NoteItemView({ note, section, first, last, actions }: Props) {
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const { toggle, refocus, thenRefocus } = useKeepFocus();
  const others = open ? actions.sections().filter((s) => s.id !== note.sectionId) : [];
  const closeEditor = () => {
    setEditing(false);
    refocus();
  };

  return (
    <li class="note" id={`note-${note.id}`} data-kind={note.kind}>
      {editing ? (
        <NoteEditor note={note} onSave={(text) => actions.updateNote(note, text)} onCancel={closeEditor} />
      ) : (
        <NoteBody note={note} section={section} />
      )}
      <button
        type="button"
        ref={toggle}
        class="icon more"
        aria-label="Note actions"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        ⋯
      </button>
      {open && !editing && (
        <div
          class="note-actions row"
          role="group"
          aria-label="Note actions"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              setOpen(false);
              refocus();
            }
          }}
        >
          <button
            type="button"
            onClick={() => {
              setEditing(true);
              setOpen(false);
            }}
          >
            Edit
          </button>
          <button type="button" disabled={first} onClick={(e) => thenRefocus(e, () => actions.moveNote(note, -1))}>
            Move up
          </button>
          <button type="button" disabled={last} onClick={(e) => thenRefocus(e, () => actions.moveNote(note, 1))}>
            Move down
          </button>
          {others.length > 0 && (
            <select
              aria-label="Move to section"
              value=""
              onChange={(e) => e.currentTarget.value && void actions.moveNoteTo(note, e.currentTarget.value)}
            >
              <option value="">Move to section…</option>
              {others.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          )}
          {((note.kind === 'text' && !note.image) || note.kind === 'quote' || note.kind === 'heading') &&
            RESTYLE.filter((r) => r.kind !== note.kind).map((r) => (
              <button
                key={r.kind}
                type="button"
                onClick={(e) => thenRefocus(e, () => actions.restyleNote(note, r.kind))}
              >
                {r.label}
              </button>
            ))}
          {'at' in note && note.at && (
            <button type="button" onClick={(e) => thenRefocus(e, () => actions.removeTime(note))}>
              Remove time
            </button>
          )}
          <button type="button" class="danger" onClick={() => void actions.deleteNote(note)}>
            Delete
          </button>
        </div>
      )}
    </li>
  );
}

/** Re-renders only when the note itself or its position changed: a reload gives equal notes as new objects. */
export const NoteItem = memo(
  NoteItemView,
  (a, b) =>
    a.note.id === b.note.id &&
    a.note.updatedAt === b.note.updatedAt &&
    a.note.order === b.note.order &&
    a.note.sectionId === b.note.sectionId &&
    a.section === b.section &&
    a.first === b.first &&
    a.last === b.last &&
    a.actions === b.actions,
);
