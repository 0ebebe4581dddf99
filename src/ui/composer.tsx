/**
 * Where new notes are written: the section they go to ("Section") and the "Note" textbox. A note taken on a talk
 * goes to the talk's section whatever is chosen here; `goesTo` says so beside the picker.
 */
import type { Section } from '../model/types';
import { NoteInput } from './note-input';

interface Props {
  sections: Section[];
  sectionId: string | null;
  disabled: boolean;
  onChooseSection(id: string): void;
  onSave(text: string): Promise<boolean>;
  onStartTyping?(): void;
  /** The section the note being typed goes to instead of the chosen one (a talk's note goes to its talk). */
  goesTo?: string | null;
}

export function Composer({ sections, sectionId, disabled, onChooseSection, onSave, onStartTyping, goesTo }: Props) {
  return (
    <div class="composer">
      {sections.length > 0 && (
        <div class="row">
          <label for="composer-section">Section</label>
          <select id="composer-section" value={sectionId ?? ''} onChange={(e) => onChooseSection(e.currentTarget.value)}
            aria-describedby={goesTo ? 'composer-goes-to' : undefined}>
            {sections.map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
          </select>
        </div>
      )}
      {goesTo && <p id="composer-goes-to" class="goes-to">This note goes to the talk’s section: “{goesTo}”.</p>}
      <NoteInput onSave={onSave} onStartTyping={onStartTyping} disabled={disabled}
        placeholder={disabled ? 'Create a session to take notes.' : undefined} />
    </div>
  );
}
