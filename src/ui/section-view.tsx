/**
 * One section: its heading, its actions (rename, move, delete) and its notes in order. A long section shows its
 * latest notes first and the earlier ones on request, so that a 10,000-note session opens quickly (issue 6).
 */
import { memo } from './memo';
import { useState } from 'preact/hooks';
import { useKeepFocus } from './keep-focus';
import type { Note, Section } from '../model/types';
import { NoteItem } from './note-item';
import { SectionForm } from './section-form';
import type { WorkspaceActions } from './workspace-actions';

/** How many of a section's latest notes are on screen at first, and how many more each "Show" adds. */
export const NOTES_SHOWN = 200;
/** How many notes the whole panel puts on screen at first. */
export const PANEL_BUDGET = 600;

/**
 * How many notes each section shows at first: the current section and then the latest sections (where the
 * talk being written up is) get their notes until the panel's budget is spent; earlier sections start folded.
 */
export function initialShown(sectionIds: readonly string[], counts: ReadonlyMap<string, number>, currentId: string | null): Map<string, number> {
  const shown = new Map<string, number>();
  let budget = PANEL_BUDGET;
  const give = (id: string) => {
    const n = Math.min(counts.get(id) ?? 0, NOTES_SHOWN, budget);
    shown.set(id, n);
    budget -= n;
  };
  if (currentId && sectionIds.includes(currentId)) give(currentId);
  for (const id of [...sectionIds].reverse()) if (!shown.has(id)) give(id);
  return shown;
}

interface Props {
  section: Section;
  notes: Note[];
  first: boolean;
  last: boolean;
  current: boolean;
  /** Notes on screen when the section first renders (see initialShown). */
  startShown: number;
  actions: WorkspaceActions;
}

function SectionView({ section, notes, first, last, current, startShown, actions }: Props) {
  const [open, setOpen] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const { toggle, refocus, thenRefocus } = useKeepFocus();
  // Only notes there on first render can start hidden, and the latest note always shows: notes written later
  // appear, and a folded section still says what it was about.
  const [hiddenAtStart] = useState(() => Math.max(0, notes.length - startShown));
  const [revealed, setRevealed] = useState(0);
  const hidden = Math.max(0, Math.min(hiddenAtStart - revealed, notes.length - 1));
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
        <button type="button" ref={toggle} class="icon more" aria-label={`Actions for section ${section.title}`}
          aria-expanded={open} onClick={() => setOpen(!open)}>⋯</button>
      </header>
      {open && !renaming && (
        <div class="row section-actions" role="group" aria-label="Section actions"
          onKeyDown={(e) => { if (e.key === 'Escape') { setOpen(false); refocus(); } }}>
          <button type="button" onClick={() => setRenaming(true)}>Rename</button>
          <button type="button" disabled={first} onClick={(e) => thenRefocus(e, () => actions.moveSection(section.id, -1))}>Move section up</button>
          <button type="button" disabled={last} onClick={(e) => thenRefocus(e, () => actions.moveSection(section.id, 1))}>Move section down</button>
          <button type="button" class="danger" onClick={() => actions.deleteSection(section)}>Delete section</button>
        </div>
      )}
      {renaming && (
        <SectionForm section={section} onCancel={() => { setRenaming(false); refocus(); }}
          onSubmit={async (input) => (await actions.updateSection(section.id, input)) !== null} />
      )}
      {hidden > 0 && (
        <button type="button" class="link show-more" onClick={() => setRevealed(revealed + NOTES_SHOWN * 5)}>
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
