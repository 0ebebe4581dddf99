/**
 * A search benchmark's workspace: 20 events of 2,500 notes each (50,000), built on generate-session.ts's shape
 * (talks, quotes, tweets, page clips) but with words drawn as real text has them: a few very common words and a
 * long tail, by Zipf's law over 6,000 invented words after 60 common English ones. The vocabulary of forty words
 * the other benchmarks use would make every word match a quarter of all notes, which no real notes do. Planted
 * once each: a note with a rare word and a phrase, and a tweet from a handle no other note has.
 */
import type { BackupEntry } from '../src/backup/format';
import type { Note, Post, PostPart } from '../src/model/types';
import { generateSession, random } from './generate-session';

const COMMON = (
  'the of and to a in is that for it as with was on be at by this we not are or from but have they you ' +
  'an which one all were can there their what so if about when more do no our just than like them some out'
).split(' ');
const SYLLABLES = 'ka lo mi ne ru sa ti vo ze pa do gi fu ha be ta on er in ul ma ce'.split(' ');

export const PLANTED = {
  word: 'lighthouse',
  phrase: 'error budgets are spent',
  note: 'The lighthouse slide: error budgets are spent by the team that owns the pager',
  handle: 'fjord_watcher',
  tweet: 'Fargate bills explained in one chart',
};

function vocabulary(rnd: () => number): string[] {
  const words = new Set(COMMON);
  while (words.size < COMMON.length + 6000) {
    const length = 2 + Math.floor(rnd() * 3);
    words.add(Array.from({ length }, () => SYLLABLES[Math.floor(rnd() * SYLLABLES.length)]).join(''));
  }
  return [...words];
}

/** A word picker by Zipf's law: the k-th word about 1/k as often as the first. */
function zipf(words: string[], rnd: () => number): () => string {
  const cumulative: number[] = [];
  let sum = 0;
  for (let k = 1; k <= words.length; k++) cumulative.push((sum += 1 / k));
  return () => {
    const r = rnd() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return words[lo]!;
  };
}

export function searchWorkspace(sessions = 20, notesEach = 2_500): BackupEntry[] {
  const rnd = random(515);
  const pick = zipf(vocabulary(rnd), rnd);
  const text = (n: number) => Array.from({ length: n }, pick).join(' ');
  const length = () => 8 + Math.floor(rnd() * 16);
  const entries = Array.from({ length: sessions }, (_, i) => generateSession(notesEach, 7_000 + i));
  for (const [i, entry] of entries.entries()) {
    entry.session = { ...entry.session, id: `search-${i}`, title: `Search Conf ${i + 1}` };
    const sessionId = entry.session.id;
    entry.sections = entry.sections.map((s) => ({ ...s, id: `${sessionId}-${s.id}`, sessionId }));
    entry.notes = entry.notes.map((note) =>
      retext(
        { ...note, id: `${sessionId}-${note.id}`, sessionId, sectionId: `${sessionId}-${note.sectionId}` },
        text,
        length,
      ),
    );
  }
  const first = entries[0]!;
  const [a, b] = [first.notes.find((n) => n.kind === 'text')!, first.notes.find((n) => n.kind === 'post')!];
  if (a.kind === 'text') a.text = PLANTED.note;
  if (b.kind === 'post') b.post = { ...b.post, handle: PLANTED.handle, parts: [{ type: 'text', text: PLANTED.tweet }] };
  return entries;
}

function retext(note: Note, text: (n: number) => string, length: () => number): Note {
  switch (note.kind) {
    case 'text':
      return { ...note, text: text(length() + 6) };
    case 'quote':
      return { ...note, text: text(length()) };
    case 'post':
      return { ...note, comment: note.comment ? text(6) : '', post: retweet(note.post, text) };
    case 'page':
      return { ...note, title: text(5), comment: note.comment ? text(6) : '' };
    default:
      return note;
  }
}

function retweet(tweet: Post, text: (n: number) => string): Post {
  const parts: PostPart[] = tweet.parts.map((part) =>
    part.type === 'text' ? { ...part, text: ` ${text(7)} ` } : part,
  );
  return {
    ...tweet,
    parts,
    ...(tweet.quoted ? { quoted: retweet(tweet.quoted, text) } : {}),
    ...(tweet.thread ? { thread: tweet.thread.map((t) => retweet(t, text)) } : {}),
  };
}
