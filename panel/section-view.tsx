/**
 * One section: its heading, its actions (rename, move, delete) and its loaded notes in order. A long section has
 * only its latest notes loaded and reads the earlier ones on request, so that a 10,000-note session opens quickly
 * (note-window.ts).
 */
import { memo } from './memo';
import { useState } from 'preact/hooks';
import { useKeepFocus } from './keep-focus';
import type { Note, Section } from '../src/model/types';
import { NoteItem } from './note-item';
import { EARLIER_STEP } from '../src/ui/note-window';
import { SectionForm } from './section-form';
import type { WorkspaceActions } from '../src/ui/workspace-actions';
import { LinkVideoForm } from './link-video';
import { slotWords } from '../src/schedule/preview';
import { httpHref } from '../src/ui/post-card';

interface Props {
  section: Section;
  notes: Note[];
  first: boolean;
  last: boolean;
  current: boolean;
  /** How many of the section's notes come before the loaded ones (not read yet). */
  earlier: number;
  actions: WorkspaceActions;
}

function SectionView({ section, notes, first, last, current, earlier, actions }: Props) {
  const [open, setOpen] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const [linking, setLinking] = useState(false);
  const talk = section.schedule;
  const page = talk ? httpHref(talk.url) : null;
  const { toggle, refocus, thenRefocus } = useKeepFocus();
  const [reading, setReading] = useState(false);
  const headingId = `section-${section.id}`;

  return (
    <section class={current ? 'section current' : 'section'} aria-labelledby={headingId}>
      <header class="section-head">
        <div class="section-name">
          <h2 id={headingId}>
            <button
              type="button"
              class="section-title"
              aria-pressed={current}
              title="Write new notes here"
              onClick={() => void actions.chooseSection(section.id)}
            >
              {section.title}
            </button>
          </h2>
          {section.speaker && <p class="speaker">{section.speaker}</p>}
          {talk && (
            <p class="talk-when">
              {talk.status === 'cancelled' && <span class="talk-status">Cancelled</span>}
              {[talk.room, slotWords(talk.start, talk.timeZone)].filter(Boolean).join(' · ')}
              {page && (
                <>
                  {' · '}
                  <a href={page} target="_blank" rel="noopener noreferrer">
                    Talk page
                  </a>
                </>
              )}
            </p>
          )}
        </div>
        <button
          type="button"
          ref={toggle}
          class="icon more"
          aria-label={`Actions for section ${section.title}`}
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          ⋯
        </button>
      </header>
      {open && !renaming && !linking && (
        <div
          class="row section-actions"
          role="group"
          aria-label="Section actions"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              setOpen(false);
              refocus();
            }
          }}
        >
          <button type="button" onClick={() => setRenaming(true)}>
            Rename
          </button>
          <button type="button" onClick={() => setLinking(true)}>
            {section.source ? 'Change video' : 'Link video'}
          </button>
          <button
            type="button"
            disabled={first}
            onClick={(e) => thenRefocus(e, () => actions.moveSection(section.id, -1))}
          >
            Move section up
          </button>
          <button
            type="button"
            disabled={last}
            onClick={(e) => thenRefocus(e, () => actions.moveSection(section.id, 1))}
          >
            Move section down
          </button>
          <button type="button" class="danger" onClick={() => void actions.deleteSection(section)}>
            Delete section
          </button>
        </div>
      )}
      {linking && (
        <LinkVideoForm
          section={section}
          notes={notes}
          playing={actions.playing()}
          onLink={(videoId, alignment) => actions.linkVideo(section.id, videoId, alignment)}
          onClose={() => {
            setLinking(false);
            refocus();
          }}
        />
      )}
      {renaming && (
        <SectionForm
          section={section}
          onCancel={() => {
            setRenaming(false);
            refocus();
          }}
          onSubmit={async (input) => (await actions.updateSection(section.id, input)) !== null}
        />
      )}
      {earlier > 0 && (
        <button
          type="button"
          class="link show-more"
          aria-busy={reading}
          disabled={reading}
          onClick={() => {
            setReading(true);
            void actions.showEarlier(section.id).finally(() => setReading(false));
          }}
        >
          Show {Math.min(earlier, EARLIER_STEP).toLocaleString('en')} earlier notes ({earlier.toLocaleString('en')}{' '}
          hidden)
        </button>
      )}
      {notes.length === 0 && earlier === 0 ? (
        <p class="empty">No notes yet.</p>
      ) : (
        <ol class="notes">
          {notes.map((note, i) => (
            <NoteItem
              key={note.id}
              note={note}
              section={section}
              actions={actions}
              first={earlier === 0 && i === 0}
              last={i === notes.length - 1}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

export const SectionItem = memo(SectionView);
