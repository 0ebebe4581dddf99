import { describe, expect, it } from 'vitest';
import type { Selection } from '../model/context';
import type { Note } from '../model/types';
import { FOLLOWING } from '../model/context';
import type { SearchResults } from '../search/results';
import { freshStore } from '../store/test-support';
import { createOwner } from './owner';
import { createSearchService, type SearchService } from './search-service';

const ids = (results: SearchResults) =>
  results.groups.flatMap((g) => g.sections.flatMap((s) => s.hits.map((hit) => hit.noteId)));

async function workspace(batches: { batch?: number; slice?: number; pause?: () => Promise<void> } = {}) {
  const { store } = await freshStore();
  let selection: Selection = { sessionId: null, sectionId: null };
  let gate: Promise<void> = Promise.resolve();
  const search: SearchService = createSearchService({ store, pause: () => batches.pause?.() ?? gate, ...batches });
  const owner = createOwner({
    store,
    selection: { load: async () => selection, save: async (next) => void (selection = next) },
    follow: { load: async () => FOLLOWING, save: async () => undefined },
    talk: async () => null,
    announce: (change) => search.apply(change),
  });
  const session = await owner.createSession({
    title: 'Lisbon Days',
    date: '',
    description: '',
    tags: [],
    categories: [],
  });
  const talk = await owner.addSection(session.id, { title: 'Dashboards nobody reads', speaker: 'Tomasz' });
  await owner.chooseSection({ sessionId: session.id, sectionId: talk.id });
  return { store, owner, search, session, talk, hold: (until: Promise<void>) => void (gate = until) };
}

describe('the background search service', () => {
  it('builds on the first query and finds what the store held', async () => {
    const { owner, search } = await workspace();
    const { note } = await owner.captureNote('delete unread panels', null);
    expect(search.stats().documents).toBe(0);
    expect(ids(await search.search('unread'))).toEqual([note.id]);
    expect(search.stats().documents).toBe(2);
  });

  it('follows every change once built: add, edit, section rename, delete and undo', async () => {
    const { owner, search, talk } = await workspace();
    await search.search('anything');
    const { note } = await owner.captureNote('alert on symptoms', null);
    expect(ids(await search.search('symptoms'))).toEqual([note.id]);
    await owner.updateNote(note.id, { text: 'alert on causes' });
    expect(ids(await search.search('symptoms'))).toEqual([]);
    await owner.updateSection(talk.id, { title: 'Death by graphs' });
    expect(ids(await search.search('graphs causes'))).toEqual([note.id]);
    const removed = await owner.deleteNote(note.id);
    expect(ids(await search.search('causes'))).toEqual([]);
    await owner.restore(removed);
    expect(ids(await search.search('causes'))).toEqual([note.id]);
  });

  it('finds a note saved while the index was being built, and one edited then', async () => {
    const { owner, search, hold } = await workspace();
    const { note: early } = await owner.captureNote('first words', null);
    let open!: () => void;
    hold(new Promise((resolve) => (open = resolve)));
    const query = search.search('words');
    const { note: late } = await owner.captureNote('later words', null);
    await owner.updateNote(early.id, { text: 'first phrases' });
    open();
    expect(ids(await query).sort()).toEqual([late.id]);
    expect(ids(await search.search('phrases'))).toEqual([early.id]);
  });

  it('reads the notes in batches, and gets right a note added and one deleted between two of them', async () => {
    const paused: (() => Promise<void>)[] = [];
    const { owner, search, talk } = await workspace({ batch: 2, slice: 1, pause: async () => paused.shift()?.() });
    const kept: Note[] = [];
    for (const text of ['alpha words', 'beta words', 'gamma words', 'delta words', 'epsilon words'])
      kept.push((await owner.captureNote(text, null)).note);
    let added = '';
    paused.push(async () => {
      added = (await owner.captureNote('zeta words', null)).note.id;
      await owner.deleteNote(kept[4]!.id);
      await owner.updateSection(talk.id, { title: 'Words on graphs' });
    });
    const found = ids(await search.search('words'));
    expect(found.sort()).toEqual([...kept.slice(0, 4).map((n) => n.id), added].sort());
    expect(ids(await search.search('graphs alpha'))).toEqual([kept[0]!.id]);
    expect(search.stats().documents).toBe(6);
  });

  it('reads everything again after a reset (a backup import)', async () => {
    const { store, owner, search, session, talk } = await workspace();
    await search.search('x');
    // Written behind the owner's back, as an import's own transaction does, then announced as a reset.
    await store.addNote(session.id, talk.id, { kind: 'text', text: 'imported thoughts' });
    expect(ids(await search.search('imported'))).toEqual([]);
    search.apply({ kind: 'reset' });
    expect(ids(await search.search('imported'))).toHaveLength(1);
    await owner.deleteSession(session.id);
    expect(ids(await search.search('imported'))).toEqual([]);
  });
});
