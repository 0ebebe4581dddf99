/**
 * One section: its heading, its actions (rename, move, delete) and its notes in order. A long section shows its
 * latest notes first and the earlier ones on request, so that a 10,000-note session opens quickly (issue 6).
 */
import { memo } from 'preact/compat';
import { useState } from 'preact/hooks';
import type { Note, Section } from '../model/types';
import { NoteItem } from './note-item';
import { SectionForm } from './section-form';
import type { WorkspaceActions } from './workspace-actions';

/** How many of a section's latest notes are on screen at first, and how many more each "Show" adds. */
export const NOTES_SHOWN = 200;

interface Props {
  section: Section;
  notes: Note[];
  first: boolean;
  last: boolean;
  current: boolean;
  actions: WorkspaceActions;
}

function SectionView({ section, notes, first, last, current, actions }: Props) {
  const [open, setOpen] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const [shown, setShown] = useState(NOTES_SHOWN);
  const hidden = Math.max(0, notes.length - shown);
  const visible = hidden > 0 ? notes.slice(hidden) : notes;
  const headingId = `section-${section.id}`;

  return (
    <section class={current ? 'section current' : 'section'} aria-labelledby={headingId}>
      <header class="section-head">
        <div class="section-name">
          <h2 id={headingId}>
            <button type="button" class="section-title" aria-pressed={current} title="Write new notes here"
              onClick={() => actions.chooseSection(section.id)}>
              {section.title}
            </button>
          </h2>
          {section.speaker && <p class="speaker">{section.speaker}</p>}
        </div>
        <button type="button" class="icon more" aria-label={`Actions for section ${section.title}`} aria-expanded={open}
          onClick={() => setOpen(!open)}>⋯</button>
      </header>
      {open && !renaming && (
        <div class="row section-actions" role="group" aria-label="Section actions">
          <button type="button" onClick={() => setRenaming(true)}>Rename</button>
          <button type="button" disabled={first} onClick={() => actions.moveSection(section.id, -1)}>Move section up</button>
          <button type="button" disabled={last} onClick={() => actions.moveSection(section.id, 1)}>Move section down</button>
          <button type="button" class="danger" onClick={() => actions.deleteSection(section)}>Delete section</button>
        </div>
      )}
      {renaming && (
        <SectionForm section={section} onCancel={() => setRenaming(false)}
          onSubmit={async (input) => (await actions.updateSection(section.id, input)) !== null} />
      )}
      {hidden > 0 && (
        <button type="button" class="link show-more" onClick={() => setShown(shown + NOTES_SHOWN * 5)}>
          Show {Math.min(hidden, NOTES_SHOWN * 5).toLocaleString('en')} earlier notes ({hidden.toLocaleString('en')} hidden)
        </button>
      )}
      {notes.length === 0
        ? <p class="empty">No notes yet.</p>
        : (
          <ol class="notes">
            {visible.map((note, i) => (
              <NoteItem key={note.id} note={note} actions={actions}
                first={hidden === 0 && i === 0} last={i === visible.length - 1} />
            ))}
          </ol>
        )}
    </section>
  );
}

export const SectionItem = memo(SectionView);
