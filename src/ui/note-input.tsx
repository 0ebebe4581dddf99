/**
 * The "Note" textbox shared by the panel and the popup. Enter saves, Shift+Enter is a new line, and Enter while
 * an input method is composing (Japanese, Chinese...) is left to the IME. The text is cleared only once the save
 * succeeded: on failure it stays in the box, so nothing typed is lost.
 */
import type { ComponentChildren } from 'preact';
import { logged } from '../log';
import { useRef, useState } from 'preact/hooks';

export interface NoteInputProps {
  /** Saves the text; resolve true when stored (the box then clears), false or throw to keep the text. */
  onSave: (text: string) => Promise<boolean> | boolean;
  /** The first input of a new note: where a talk's moment is taken. */
  onStartTyping?: () => void;
  /** Every change of the text, e.g. to keep a draft. */
  onDraft?: (text: string) => void;
  initialText?: string;
  label?: string;
  placeholder?: string;
  disabled?: boolean;
  id?: string;
  /** The id of what describes the note box (where the note goes). */
  describedBy?: string;
  /** Beside the "Add note" button: where the note goes, and what became of the last one. */
  footer?: ComponentChildren;
  /**
   * "Snapshot": the talk's frame with the text typed so far as its caption; resolve true when stored (the box then
   * clears, as after a save), false to keep the text. Absent: no button.
   */
  onSnapshot?: (text: string) => Promise<boolean>;
  /**
   * Filled with what takes a snapshot of the box's text, for a "Snapshot" button placed elsewhere (the composer's
   * first line: one more button in this foot would wrap it and make the docked composer taller).
   */
  snapshotTrigger?: { current: (() => void) | null };
}

export function NoteInput(props: NoteInputProps) {
  const { label = 'Note', id = 'note-input' } = props;
  const [text, setText] = useState(props.initialText ?? '');
  const [saving, setSaving] = useState(false);
  const started = useRef((props.initialText ?? '') !== '');
  // The text as typed right now: a save is async and the user may keep typing while it runs.
  const latest = useRef(text);

  const change = (value: string) => {
    if (!started.current && value !== '') {
      started.current = true;
      props.onStartTyping?.();
    }
    if (value === '') started.current = false;
    latest.current = value;
    setText(value);
    props.onDraft?.(value);
  };

  const save = async (how: 'note' | 'snapshot' = 'note') => {
    const saved = latest.current;
    if (saving || (how === 'note' && saved.trim() === '')) return;
    setSaving(true);
    let stored = false;
    try {
      stored = how === 'note' ? await props.onSave(saved) : ((await props.onSnapshot?.(saved)) ?? false);
    } catch (error) {
      // onSave shows the failures it expects; anything else keeps the text in the box and is logged.
      logged(how === 'note' ? 'saving the note' : 'taking a snapshot')(error);
    } finally {
      setSaving(false);
    }
    if (stored) {
      // Keep whatever was typed after Enter; only the saved part leaves the box.
      const rest = latest.current.startsWith(saved) ? latest.current.slice(saved.length).trimStart() : latest.current;
      started.current = rest !== '';
      latest.current = rest;
      setText(rest);
      props.onDraft?.(rest);
    }
  };

  if (props.snapshotTrigger) props.snapshotTrigger.current = () => void save('snapshot');

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    void save();
  };

  return (
    <form
      class="note-input"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label for={id}>{label}</label>
      <textarea
        id={id}
        value={text}
        rows={3}
        placeholder={props.placeholder ?? 'Write a note. Enter saves, Shift+Enter for a new line.'}
        disabled={props.disabled}
        aria-busy={saving}
        aria-describedby={props.describedBy}
        onInput={(event) => change(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <div class="note-input-foot">
        {props.footer}
        <button type="submit" class="primary" disabled={props.disabled || saving || text.trim() === ''}>
          Add note
        </button>
      </div>
    </form>
  );
}
