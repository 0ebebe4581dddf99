/** The small form that names a section: its title and, for talks, the speaker. Used to add and to rename. */
import { useState } from 'preact/hooks';
import type { Section } from '../src/model/types';
import type { SectionInput } from '../src/store/api';

interface Props {
  section?: Section;
  onSubmit: (input: SectionInput) => Promise<boolean>;
  onCancel: () => void;
}

export function SectionForm({ section, onSubmit, onCancel }: Props) {
  const [title, setTitle] = useState(section?.title ?? '');
  const [speaker, setSpeaker] = useState(section?.speaker ?? '');
  const prefix = section ? `rename-${section.id}` : 'new-section';
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!title.trim()) return;
    if (await onSubmit({ title: title.trim(), speaker: speaker.trim() })) onCancel();
  };
  return (
    <form
      class="card section-form"
      aria-label={section ? 'Rename section' : 'New section'}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <label for={`${prefix}-title`}>Section title</label>
      <input
        id={`${prefix}-title`}
        required
        value={title}
        autoFocus
        onInput={(e) => setTitle(e.currentTarget.value)}
        placeholder="A talk, or “Open Spaces”"
      />
      <label for={`${prefix}-speaker`}>
        Speaker <span class="hint">(optional)</span>
      </label>
      <input id={`${prefix}-speaker`} value={speaker} onInput={(e) => setSpeaker(e.currentTarget.value)} />
      <div class="row">
        <button type="submit" class="primary" disabled={!title.trim()}>
          {section ? 'Save section' : 'Add section'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
