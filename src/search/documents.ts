/**
 * What the search index holds for each note, section and session: the words to match, split into fields that rank
 * differently, the filters a note passes, and what a result shows. Built from the model alone, so the background
 * and the tests build the same.
 */
import type { ClockStamp, Id, Moment, Note, NoteKind, Section, Session, Post } from '../model/types';
import { handleTerms } from './fold';

export interface SearchDoc {
  /** The note's id, or `section:<id>` for a section's own entry (a talk found by its title, notes or none). */
  id: string;
  sessionId: Id;
  sectionId: Id;
  noteId: Id | null;
  kind: NoteKind | 'section';
  /** What the result shows and highlights: the note's words, a post's text, a page's title, a talk's title. */
  text: string;
  /** Who wrote or said it: a tweet's author and `@handle`, a quote's speaker, a talk's speakers. */
  who: string;
  /** Matched but not shown: comments, a quoted tweet, a thread, a page's selection and address, a talk's room. */
  extra: string;
  at?: Moment;
  clock?: ClockStamp;
}

/** The words a section lends its notes: its title and speakers ("fargate cost" finds "cost" said in that talk). */
export function sectionText(section: Section): string {
  return [section.title, section.speaker, ...(section.schedule?.speakers ?? [])].join(' ');
}

/** The words a session lends its sections and notes: its title and tags. */
export function sessionText(session: Session): string {
  return [session.title, ...session.tags].join(' ');
}

/** A note's own words; its section's and session's are their own documents, matched with it at query time. */
export function noteDoc(note: Note): SearchDoc {
  const doc: SearchDoc = {
    id: note.id,
    sessionId: note.sessionId,
    sectionId: note.sectionId,
    noteId: note.id,
    kind: note.kind,
    text: '',
    who: '',
    extra: '',
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
    case 'post':
      doc.text = tweetText(note.post);
      doc.who = `${note.post.authorName} @${note.post.handle}`;
      doc.extra = [
        note.comment,
        note.post.warning ?? '',
        ...(note.post.thread ?? []).map(tweetText),
        quotedText(note.post),
      ].join('\n');
      break;
  }
  if ('at' in note && note.at) doc.at = note.at;
  if ('clock' in note && note.clock) doc.clock = note.clock;
  return doc;
}

/**
 * What `has:` and `from:` look up, as terms no word can be (words hold no colon): `has:post` and its network's
 * (`has:tweet`, `has:bluesky`, `has:mastodon`), `has:timestamp`, `has:image` (a snapshot), and `from:<handle>` for
 * a clipped post, by any network's handle whole or its account name alone (src/search/fold.ts `handleTerms`).
 */
export function filterTerms(note: Note): string[] {
  const terms: string[] = [];
  if (note.kind === 'post') {
    terms.push('has:post', `has:${note.post.network === 'x' ? 'tweet' : note.post.network}`);
    for (const term of handleTerms(note.post.handle)) terms.push(`from:${term}`);
  }
  if (('at' in note && note.at) || ('clock' in note && note.clock)) terms.push('has:timestamp');
  if (note.kind === 'text' && note.image) terms.push('has:image');
  return terms;
}

/** A section's own entry: found by its title, speakers, room or abstract, even with no notes in it. */
export function sectionDoc(section: Section): SearchDoc {
  return {
    id: `section:${section.id}`,
    sessionId: section.sessionId,
    sectionId: section.id,
    noteId: null,
    kind: 'section',
    text: section.title,
    who: [section.speaker, ...(section.schedule?.speakers ?? [])].filter(Boolean).join(', '),
    extra: [section.schedule?.room ?? '', section.schedule?.abstract ?? ''].join('\n'),
  };
}

function tweetText(tweet: Post): string {
  const text = tweet.parts.map((part) => part.text).join('');
  return tweet.article ? [text, tweet.article.title, tweet.article.body].filter(Boolean).join('\n') : text;
}

function quotedText(tweet: Post): string {
  const quoted = tweet.quoted;
  return quoted ? `${quoted.authorName} @${quoted.handle}\n${tweetText(quoted)}` : '';
}
