/** Where new notes are written: the section they go to ("Section") and the "Note" textbox. */
import type { Section } from '../model/types';
import { NoteInput } from './note-input';

interface Props {
  sections: Section[];
  sectionId: string | null;
  disabled: boolean;
  onChooseSection(id: string): void;
  onSave(text: string): Promise<boolean>;
  onStartTyping?(): void;
}

export function Composer({ sections, sectionId, disabled, onChooseSection, onSave, onStartTyping }: Props) {
  return (
    <div class="composer">
      {sections.length > 0 && (
        <div class="row">
          <label for="composer-section">Section</label>
          <select id="composer-section" value={sectionId ?? ''} onChange={(e) => onChooseSection(e.currentTarget.value)}>
            {sections.map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
          </select>
        </div>
      )}
      <NoteInput onSave={onSave} onStartTyping={onStartTyping} disabled={disabled}
        placeholder={disabled ? 'Create a session to take notes.' : undefined} />
    </div>
  );
}
