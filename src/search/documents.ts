/**
 * What the search index holds for each note and each section: the words to match, split into fields that rank
 * differently, and what a result shows. Built from the model alone, so the background and the tests build the same.
 */
import type { ClockStamp, Id, Moment, Note, NoteKind, Section, Session, Tweet } from '../model/types';

export interface SearchDoc {
  /** The note's id, or `section:<id>` for a section's own entry (a talk found by its title, notes or none). */
  id: string;
  sessionId: Id;
  sectionId: Id;
  noteId: Id | null;
  kind: NoteKind | 'section';
  /** What the result shows and highlights: the note's words, a tweet's text, a page's title, a talk's title. */
  text: string;
  /** Who wrote or said it: a tweet's author and `@handle`, a quote's speaker, a talk's speakers. */
  who: string;
  /** Matched but not shown: comments, a quoted tweet, a thread, a page's selection and address, a talk's room. */
  extra: string;
  /** The section's title and speakers, so "fargate cost" finds "cost" said in the Fargate talk. */
  section: string;
  /** The session's title and tags. */
  session: string;
  /** The handle a clipped post is from, for `from:`; '' for other notes. */
  handle: string;
  /** What `has:` filters on, as words only this field holds: `has_tweet`, `has_timestamp`. */
  flags: string;
  at?: Moment;
  clock?: ClockStamp;
}

export function sectionText(section: Section): string {
  return [section.title, section.speaker, ...(section.schedule?.speakers ?? [])].join(' ');
}

export function sessionText(session: Session): string {
  return [session.title, ...session.tags].join(' ');
}

export function noteDoc(note: Note, section: Section, session: Session): SearchDoc {
  const doc: SearchDoc = {
    id: note.id,
    sessionId: note.sessionId,
    sectionId: note.sectionId,
    noteId: note.id,
    kind: note.kind,
    text: '',
    who: '',
    extra: '',
    section: sectionText(section),
    session: sessionText(session),
    handle: '',
    flags: '',
  };
  switch (note.kind) {
    case 'text':
    case 'heading':
      doc.text = note.text;
      break;
    case 'quote':
      doc.text = note.text;
      doc.who = note.cite;
      doc.extra = note.url ?? '';
      break;
    case 'page':
      doc.text = note.title || note.url;
      doc.extra = [note.selection, note.comment, note.url].join('\n');
      break;
    case 'tweet':
      doc.text = tweetText(note.tweet);
      doc.who = `${note.tweet.authorName} @${note.tweet.handle}`;
      doc.extra = [note.comment, ...(note.tweet.thread ?? []).map(tweetText), quotedText(note.tweet)].join('\n');
      doc.handle = note.tweet.handle;
      break;
  }
  if ('at' in note && note.at) doc.at = note.at;
  if ('clock' in note && note.clock) doc.clock = note.clock;
  doc.flags = [note.kind === 'tweet' ? 'has_tweet' : '', doc.at || doc.clock ? 'has_timestamp' : ''].join(' ');
  return doc;
}

/** A section's own entry: found by its title, speakers, room or abstract, even with no notes in it. */
export function sectionDoc(section: Section, session: Session): SearchDoc {
  return {
    id: `section:${section.id}`,
    sessionId: section.sessionId,
    sectionId: section.id,
    noteId: null,
    kind: 'section',
    text: section.title,
    who: [section.speaker, ...(section.schedule?.speakers ?? [])].filter(Boolean).join(', '),
    extra: [section.schedule?.room ?? '', section.schedule?.abstract ?? ''].join('\n'),
    section: '',
    session: sessionText(session),
    handle: '',
    flags: '',
  };
}

function tweetText(tweet: Tweet): string {
  const text = tweet.parts.map((part) => part.text).join('');
  return tweet.article ? [text, tweet.article.title, tweet.article.body].filter(Boolean).join('\n') : text;
}

function quotedText(tweet: Tweet): string {
  const quoted = tweet.quoted;
  return quoted ? `${quoted.authorName} @${quoted.handle}\n${tweetText(quoted)}` : '';
}
