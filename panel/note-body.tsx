/**
 * How each kind of note reads in the panel. Everything is rendered as text nodes (Preact escapes them): captured
 * page text never becomes HTML here. Links are only made for http(s) addresses.
 */
import type { Moment, Note, Section } from '../src/model/types';
import { videoMomentOf } from '../src/schedule/clock';
import { clockLabelOf } from '../src/schedule/section-talk';
import { formatTimestamp } from '../src/model/timestamp';
import { watchUrl } from '../src/model/youtube';
import { httpHref, PostCard } from '../src/ui/post-card';
import { SnapshotThumb } from './snapshot-thumb';

function MomentLink({ at }: { at: Moment }) {
  // A real link (works copied or middle-clicked); a plain click seeks the open talk (panel/timestamp-seek.ts).
  const href = watchUrl({ videoId: at.videoId }, at.seconds);
  // A stored moment always names a real video id (the schema checks it); without one the time is shown unlinked.
  if (!href) return <span class="moment">{formatTimestamp(at.seconds)}</span>;
  return (
    <a class="moment" href={href} target="_blank" rel="noopener noreferrer">
      {formatTimestamp(at.seconds)}
    </a>
  );
}

/**
 * A note's moment: its video time, or for a note taken in the room its moment in the linked recording (once
 * aligned), else its time into the talk (`+12:05`).
 */
function When({ note, section }: { note: Note; section: Pick<Section, 'schedule' | 'source'> | undefined }) {
  const moment = section ? videoMomentOf(note, section) : null;
  if (moment) return <MomentLink at={moment} />;
  const label = section ? clockLabelOf(note, section) : null;
  return label ? (
    <span class="moment clock" title="Time into the talk, by the clock">
      {label}
    </span>
  ) : null;
}

export function NoteBody({ note, section }: { note: Note; section?: Pick<Section, 'schedule' | 'source'> }) {
  switch (note.kind) {
    case 'text':
      return (
        <div class="note-body">
          {note.at ? <MomentLink at={note.at} /> : <When note={note} section={section} />}
          {note.image && <SnapshotThumb image={note.image} />}
          {(note.text || !note.image) && <p class="note-text">{note.text}</p>}
        </div>
      );
    case 'quote': {
      // A quote of a page ("Clip selection to session") names the page and links to it, as the writeup does.
      const href = httpHref(note.url);
      const by = note.cite || (href ? note.url : '');
      return (
        <div class="note-body">
          {note.at ? <MomentLink at={note.at} /> : <When note={note} section={section} />}
          <blockquote>
            <p class="note-text">{note.text}</p>
            {by && (
              <footer>
                —{' '}
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {by}
                  </a>
                ) : (
                  by
                )}
              </footer>
            )}
          </blockquote>
        </div>
      );
    }
    case 'heading':
      return (
        <div class="note-body">
          <h3 class="note-heading">{note.text}</h3>
        </div>
      );
    case 'page': {
      const href = httpHref(note.url);
      return (
        <div class="note-body">
          <p class="page-title">
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {note.title || note.url}
              </a>
            ) : (
              note.title
            )}
          </p>
          {note.selection && (
            <blockquote>
              <p class="note-text">{note.selection}</p>
            </blockquote>
          )}
          {note.comment && <p class="note-text">{note.comment}</p>}
        </div>
      );
    }
    case 'post':
      return (
        <div class="note-body">
          <PostCard post={note.post} />
          {note.comment && <p class="note-text">{note.comment}</p>}
        </div>
      );
  }
}
