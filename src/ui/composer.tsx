/**
 * Where new notes are written: the section chosen for them ("Section", stored as the choice at once), where the
 * note being typed goes (`target`, the rule's answer) and the "Note" textbox.
 */
import type { ComponentChildren } from 'preact';
import type { Section } from '../model/types';
import { NoteInput } from './note-input';

interface Props {
  sections: Section[];
  sectionId: string | null;
  disabled: boolean;
  onChooseSection: (id: string) => void;
  onSave: (text: string) => Promise<boolean>;
  onStartTyping?: () => void;
  /** Where the note goes: an element with id `note-target`, which describes the box. */
  target?: ComponentChildren;
  initialText?: string;
  onDraft?: (text: string) => void;
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
}: Props) {
  return (
    <div class="composer">
      {sections.length > 0 && (
        <div class="row">
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
        </div>
      )}
      <NoteInput
        onSave={onSave}
        onStartTyping={onStartTyping}
        disabled={disabled}
        initialText={initialText}
        onDraft={onDraft}
        describedBy={target ? 'note-target' : undefined}
        placeholder={disabled ? 'Create a session to take notes.' : undefined}
        footer={target}
      />
    </div>
  );
}
