/**
 * Where new notes are written: the section chosen for them ("Section", stored as the choice at once), what the
 * next note is ("Kind": the user's words, a quote of the speaker, a sub-heading; back to a note after each save),
 * where the note being typed goes (`target`, the rule's answer), the "Note" textbox and "Snapshot" (the talk's frame,
 * with the box's text as its caption).
 */
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { NoteStyle } from '../model/typed-note';
import type { Section } from '../model/types';
import { NoteInput } from './note-input';

const KINDS: { value: NoteStyle; label: string }[] = [
  { value: 'text', label: 'Note' },
  { value: 'quote', label: 'Quote' },
  { value: 'heading', label: 'Sub-heading' },
];

interface Props {
  sections: Section[];
  sectionId: string | null;
  disabled: boolean;
  onChooseSection: (id: string) => void;
  onSave: (text: string, style: NoteStyle) => Promise<boolean>;
  onStartTyping?: () => void;
  /** Where the note goes: an element with id `note-target`, which describes the box. */
  target?: ComponentChildren;
  initialText?: string;
  onDraft?: (text: string) => void;
  /** "Snapshot" beside "Add note" (see NoteInput). */
  onSnapshot?: (text: string) => Promise<boolean>;
}

export function Composer({
  sections,
  sectionId,
  disabled,
  onChooseSection,
  onSave,
  onStartTyping,
  target,
  initialText,
  onDraft,
  onSnapshot,
}: Props) {
  const [style, setStyle] = useState<NoteStyle>('text');
  const snapshot = useRef<(() => void) | null>(null);
  const save = async (text: string) => {
    const saved = await onSave(text, style);
    if (saved) setStyle('text');
    return saved;
  };
  return (
    <div class="composer">
      {/* One row for both choices: the composer is docked, and a taller dock would cover the list above it. */}
      <div class="row">
        {sections.length > 0 && (
          <>
            <label for="composer-section">Section</label>
            <select
              id="composer-section"
              value={sectionId ?? ''}
              onChange={(e) => onChooseSection(e.currentTarget.value)}
            >
              {sections.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </>
        )}
        <label for="composer-kind">Kind</label>
        <select
          id="composer-kind"
          value={style}
          disabled={disabled}
          onChange={(e) => setStyle(e.currentTarget.value as NoteStyle)}
        >
          {KINDS.map((kind) => (
            <option key={kind.value} value={kind.value}>
              {kind.label}
            </option>
          ))}
        </select>
        {onSnapshot && (
          <button
            type="button"
            disabled={disabled}
            title="The talk's frame at this moment, with what you typed as its caption"
            onClick={() => snapshot.current?.()}
          >
            Snapshot
          </button>
        )}
      </div>
      <NoteInput
        onSave={save}
        onStartTyping={onStartTyping}
        disabled={disabled}
        initialText={initialText}
        onDraft={onDraft}
        onSnapshot={onSnapshot}
        snapshotTrigger={snapshot}
        describedBy={target ? 'note-target' : undefined}
        placeholder={disabled ? 'Create a session to take notes.' : undefined}
        footer={target}
      />
    </div>
  );
}
