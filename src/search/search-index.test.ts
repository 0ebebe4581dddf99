import { beforeEach, describe, expect, it } from 'vitest';
import type { Note } from '../model/types';
import type { SearchResults } from './results';
import { SearchIndex } from './search-index';
import { notes, sections, sessions } from './test-corpus';

function workspace(): SearchIndex {
  const index = new SearchIndex();
  sessions.forEach((session) => index.putSession(session));
  sections.forEach((section) => index.putSection(section));
  notes.forEach((note) => index.putNote(note));
  return index;
}

/** The notes found, best first, and the sections found by their own title or speakers. */
function found(results: SearchResults): string[] {
  return results.groups.flatMap((session) =>
    session.sections.flatMap((section) => [
      ...(section.matched ? [`§${section.sectionId}`] : []),
      ...section.hits.map((hit) => hit.noteId),
    ]),
  );
}

function marked(results: SearchResults, noteId: string): string[] {
  const hit = results.groups.flatMap((g) => g.sections.flatMap((s) => s.hits)).find((h) => h.noteId === noteId);
  return hit ? hit.text.marks.map(([start, end]) => hit.text.text.slice(start, end)) : [];
}

describe('SearchIndex over a fixed workspace', () => {
  let index: SearchIndex;
  beforeEach(() => {
    index = workspace();
  });

  it('requires every word, in any field: a word of the note and one of its talk', () => {
    expect(found(index.search('fargate bill '))).toEqual(['n-cost']);
    expect(found(index.search('budget error '))).toEqual(['n-budget', 'n-budget2']);
  });

  it('finds the words wherever they are and groups hits by session, then section', () => {
    const results = index.search('dashboards ');
    expect(results.groups.map((group) => group.sessionId)).toEqual(['s-lisbon']);
    expect(results.groups[0]!.sections[0]!.sectionId).toBe('dashboards');
    expect(found(results)).toEqual(['§dashboards', 'n-tweet', 'n-quote', 'n-budget2']);
  });

  it('matches the last word as a prefix while it is typed, and only then', () => {
    expect(found(index.search('observab'))).toEqual(['n-page']);
    expect(found(index.search('observab '))).toEqual([]);
  });

  it('ignores case and accents both ways', () => {
    expect(found(index.search('CAFE'))).toEqual(['n-tweet2']);
    expect(found(index.search('wojcik ')).sort()).toEqual(['n-budget2', 'n-quote', 'n-tweet', '§dashboards']);
    expect(found(index.search('session:malmo subgrid '))).toEqual(['§grid', 'n-grid']);
  });

  it('forgives a typo in a longer word, not in a short one', () => {
    expect(found(index.search('dashbaords alert '))).toEqual(['n-tweet']);
    expect(found(index.search('kubernets '))).toEqual(['§unwatched']);
    expect(found(index.search('cast '))).toEqual([]);
  });

  it('keeps a phrase in order', () => {
    expect(found(index.search('"error budget"'))).toEqual(['n-budget']);
    expect(found(index.search('"budget for error"'))).toEqual(['n-budget2']);
  });

  it('filters by author handle, kind, timestamp and session', () => {
    expect(found(index.search('from:@ops_jane'))).toEqual(['n-tweet']);
    expect(found(index.search('has:tweet'))).toEqual(['n-tweet', 'n-tweet2']);
    expect(found(index.search('has:timestamp'))).toEqual(['n-cost', 'n-quote']);
    expect(found(index.search('session:frontend has:tweet'))).toEqual([]);
    expect(index.search('has:video').query.unknown).toEqual(['has:video']);
  });

  it('filters snapshots with has:image, alone or with words', () => {
    expect(found(index.search('has:image'))).toEqual(['n-snapshot']);
    expect(found(index.search('has:image fargate'))).toEqual(['n-snapshot']);
    expect(found(index.search('has:image subgrid'))).toEqual([]);
    expect(found(index.search('task has:image'))).toEqual(['n-snapshot']);
  });

  it('finds posts of Bluesky and Mastodon by from: with their whole handle or its name, and by has:', () => {
    const post = notes.find((n) => n.id === 'n-tweet')!;
    if (post.kind !== 'post') throw new Error('the corpus changed');
    const bluesky: Note = {
      ...post,
      id: 'n-bsky',
      post: { ...post.post, network: 'bluesky', id: '3lbwd3k2qzc2a', handle: 'alice.bsky.social', warning: 'Spoilers' },
    };
    const mastodon: Note = {
      ...post,
      id: 'n-masto',
      post: { ...post.post, network: 'mastodon', id: '1135620001', handle: 'Bob@mastodon.social' },
    };
    index.putNote(bluesky);
    index.putNote(mastodon);
    expect(found(index.search('from:@alice.bsky.social'))).toEqual(['n-bsky']);
    expect(found(index.search('from:alice'))).toEqual(['n-bsky']);
    expect(found(index.search('from:@bob@mastodon.social'))).toEqual(['n-masto']);
    expect(found(index.search('from:bob'))).toEqual(['n-masto']);
    expect(found(index.search('from:@ops_jane'))).toEqual(['n-tweet']);
    expect(found(index.search('has:bluesky'))).toEqual(['n-bsky']);
    expect(found(index.search('has:mastodon'))).toEqual(['n-masto']);
    expect(found(index.search('has:tweet'))).toEqual(['n-tweet', 'n-tweet2']);
    expect(found(index.search('has:post')).sort()).toEqual(['n-bsky', 'n-masto', 'n-tweet', 'n-tweet2']);
    expect(found(index.search('spoilers '))).toEqual(['n-bsky']);
  });

  it('finds quoted tweets, comments and page clips by what is not shown, and shows their own text', () => {
    expect(found(index.search('coffee '))).toEqual(['n-tweet2']);
    expect(found(index.search('recommended '))).toEqual(['n-page']);
    expect(marked(index.search('observability maturity'), 'n-page')).toEqual(['observability', 'maturity']);
  });

  it('marks the matched words, including the ones a typo or prefix matched', () => {
    expect(marked(index.search('dashbaords symp'), 'n-tweet')).toEqual(['dashboards', 'symptoms']);
    const hit = index.search('okafor').groups[0]!.sections[0]!.hits[0]!;
    expect(hit.who.marks.map(([s, e]) => hit.who.text.slice(s, e))).toEqual(['Okafor']);
  });

  it('treats hostile text as text', () => {
    expect(found(index.search('onerror'))).toEqual(['n-hostile']);
    expect(found(index.search('.*+? [(\\'))).toEqual([]);
    expect(found(index.search('alert(1)'))).toEqual(['n-hostile']);
    const hit = index.search('img onerror').groups[0]!.sections[0]!.hits[0]!;
    expect(hit.text.text).toContain('<img src=x onerror=alert(1)>');
  });

  it('finds a talk with no notes by its title or speaker', () => {
    const results = index.search('priya');
    expect(found(results)).toEqual(['§unwatched']);
    const who = results.groups[0]!.sections[0]!.who;
    expect(who.marks.map(([s, e]) => who.text.slice(s, e))).toEqual(['Priya']);
  });

  it('keeps the timestamp with each hit', () => {
    const hits = index.search('has:timestamp').groups.flatMap((g) => g.sections.flatMap((s) => s.hits));
    expect(hits.map((hit) => [hit.at?.seconds, hit.clock?.timeZone])).toEqual([
      [312, undefined],
      [undefined, 'Europe/Lisbon'],
    ]);
  });

  it('answers nothing to an empty query', () => {
    expect(index.search('   ')).toMatchObject({ total: 0, groups: [] });
  });
});

describe('SearchIndex kept up to date', () => {
  it('finds a note added, an edit, and forgets a deleted one', () => {
    const index = workspace();
    const added: Note = {
      id: 'n-new',
      sessionId: 's-malmo',
      sectionId: 'grid',
      order: 2,
      createdAt: 2,
      updatedAt: 2,
      kind: 'text',
      text: 'Container queries next',
    };
    index.putNote(added);
    expect(found(index.search('container'))).toEqual(['n-new']);
    index.putNote({ ...added, text: 'Anchor positioning next' });
    expect(found(index.search('container'))).toEqual([]);
    expect(found(index.search('anchor'))).toEqual(['n-new']);
    index.removeNote('n-new');
    expect(found(index.search('anchor'))).toEqual([]);
  });

  it('re-indexes a renamed section and session with their notes', () => {
    const index = workspace();
    index.putSection({ ...sections.find((s) => s.id === 'grid')!, title: 'Masonry layouts' });
    expect(found(index.search('masonry footers'))).toEqual(['n-grid']);
    expect(found(index.search('subgrid lets'))).toEqual(['n-grid']);
    index.putSession({ ...sessions[1]!, title: 'CSS Day Amsterdam' });
    expect(found(index.search('session:amsterdam footers'))).toEqual(['n-grid']);
    expect(found(index.search('session:malmo footers'))).toEqual([]);
  });

  it('forgets a deleted section and a deleted session, notes included', () => {
    const index = workspace();
    index.removeSection('dashboards');
    expect(found(index.search('dashboards '))).toEqual([]);
    index.removeSession('s-lisbon');
    expect(found(index.search('has:tweet'))).toEqual([]);
    expect(index.size).toBe(2);
  });

  it("lends a talk's title and speakers to its notes, not its room or abstract", () => {
    const index = workspace();
    const grid = sections.find((s) => s.id === 'grid')!;
    index.putSection({
      ...grid,
      schedule: {
        talkId: 't1',
        title: grid.title,
        speakers: ['Zoë Lindqvist'],
        room: 'Auditorium',
        start: 0,
        end: 1,
        timeZone: 'Europe/Stockholm',
        day: '2026-09-03',
        url: '',
        abstract: 'Alignment across nested grids',
        status: 'confirmed',
      },
    });
    expect(found(index.search('alignment'))).toEqual(['§grid']);
    expect(found(index.search('lindqvist footers'))).toEqual(['n-grid']);
  });

  it('stays right through many edits, which leave dead postings to compact', () => {
    const index = workspace();
    const note = notes.find((n) => n.id === 'n-grid')! as Extract<Note, { kind: 'text' }>;
    for (let i = 0; i < 3000; i++) index.putNote({ ...note, text: `draft number${i} footers` });
    expect(found(index.search('number2999 '))).toEqual(['n-grid']);
    expect(found(index.search('number1234 '))).toEqual([]);
    expect(found(index.search('footers subgrid'))).toEqual(['n-grid']);
    expect(found(index.search('dashboards '))).toEqual(['§dashboards', 'n-tweet', 'n-quote', 'n-budget2']);
    expect(index.size).toBe(notes.length + sections.length);
  });
});
