/**
 * How each kind of note reads in the panel. Everything is rendered as text nodes (Preact escapes them): captured
 * page text never becomes HTML here. Links are only made for http(s) addresses.
 */
import type { Moment, Note } from '../model/types';
import { httpHref, TweetCard } from './tweet-card';

/** `m:ss` or `h:mm:ss`. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const pad = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

function MomentLink({ at }: { at: Moment }) {
  const href = `https://www.youtube.com/watch?v=${encodeURIComponent(at.videoId)}&t=${Math.floor(at.seconds)}s`;
  return <a class="moment" href={href} target="_blank" rel="noopener noreferrer">{clock(at.seconds)}</a>;
}

export function NoteBody({ note }: { note: Note }) {
  switch (note.kind) {
    case 'text':
      return (
        <div class="note-body">
          {note.at && <MomentLink at={note.at} />}
          <p class="note-text">{note.text}</p>
        </div>
      );
    case 'quote':
      return (
        <div class="note-body">
          {note.at && <MomentLink at={note.at} />}
          <blockquote>
            <p class="note-text">{note.text}</p>
            {note.cite && <footer>— {note.cite}</footer>}
          </blockquote>
        </div>
      );
    case 'page': {
      const href = httpHref(note.url);
      return (
        <div class="note-body">
          <p class="page-title">{href ? <a href={href} target="_blank" rel="noopener noreferrer">{note.title || note.url}</a> : note.title}</p>
          {note.selection && <blockquote><p class="note-text">{note.selection}</p></blockquote>}
          {note.comment && <p class="note-text">{note.comment}</p>}
        </div>
      );
    }
    case 'tweet':
      return (
        <div class="note-body">
          <TweetCard tweet={note.tweet} />
          {note.comment && <p class="note-text">{note.comment}</p>}
        </div>
      );
  }
}
