// The owner's writeup intents: sub-headings and quotes typed in the note box, turning a note into another kind,
// clipping pages and selections, and a playlist's talks as sections that later notes on those videos find.
import { describe, expect, it } from 'vitest';
import type { FrozenMoment, Follow, Selection } from '../model/context';
import { FOLLOWING } from '../model/context';
import type { YouTubeSource } from '../model/types';
import { freshStore } from '../store/test-support';
import type { Change } from './changes';
import { createOwner } from './owner';

async function setUp(talk: FrozenMoment | null = null) {
  const { store } = await freshStore();
  const session = await store.createSession({ title: 'Conf', date: '', description: '', tags: [], categories: [] });
  let selection: Selection = { sessionId: session.id, sectionId: null };
  let follow: Follow = FOLLOWING;
  let showing = talk;
  const changes: Change[] = [];
  const owner = createOwner({
    store,
    selection: { load: async () => selection, save: async (s) => void (selection = s) },
    follow: { load: async () => follow, save: async (f) => void (follow = f) },
    talk: async () => showing,
    announce: (change) => changes.push(change),
  });
  return { store, session, owner, changes, watch: (t: FrozenMoment | null) => void (showing = t) };
}

const watching = (videoId: string, seconds: number, title = 'A talk'): FrozenMoment => ({
  source: { kind: 'youtube', videoId },
  moment: { videoId, seconds },
  title,
  problem: '',
});

const LIST = 'PLfixtureList01';
const talk = (n: number): { title: string; source: YouTubeSource } => ({
  title: `Talk ${n}`,
  source: { kind: 'youtube', videoId: `vid${String(n).padStart(8, '0')}`, list: LIST, index: n, channel: 'Conf' },
});

describe('writeup intents', () => {
  it('"### " at the start of a note makes a sub-heading, without a time; the control makes one too', async () => {
    const { owner } = await setUp(watching('aaaaaaaaaaa', 90));
    expect((await owner.captureNote('### General notes', null)).note).toEqual(
      expect.objectContaining({ kind: 'heading', text: 'General notes' }),
    );
    const { note } = await owner.captureNote('Death by Dashboards', null, 'heading');
    expect(note).toMatchObject({ kind: 'heading', text: 'Death by Dashboards' });
    expect(note).not.toHaveProperty('at');
    await expect(owner.captureNote('###   ', null)).rejects.toThrow('The note is empty.');
  });

  it("a quote is the section's speaker's, with the talk's time; a note turned into one too", async () => {
    const { owner, store, changes } = await setUp(watching('aaaaaaaaaaa', 245));
    const first = await owner.captureNote('Code is easy, people are hard', null, 'quote');
    expect(first.note).toMatchObject({ kind: 'quote', cite: '', at: { videoId: 'aaaaaaaaaaa', seconds: 245 } });
    await owner.updateSection(first.filed.section.id, { title: 'A talk', speaker: 'Ada Lovelace' });
    const second = await owner.captureNote('It works, so it is quality', null, 'quote');
    expect(second.note).toMatchObject({ cite: 'Ada Lovelace', at: { seconds: 245 } });
    const typed = await owner.captureNote('Ship small', null);
    const restyled = await owner.restyleNote(typed.note.id, 'quote');
    expect(restyled).toMatchObject({ id: typed.note.id, kind: 'quote', cite: 'Ada Lovelace', at: { seconds: 245 } });
    expect(changes.at(-1)).toEqual({ kind: 'note/edited', note: restyled });
    expect(await store.getNote(typed.note.id)).toEqual(restyled);
  });

  it('clips a page (title, address, comment) and a selection (a quote of the page) where a note would go', async () => {
    const { owner, changes } = await setUp();
    const page = await owner.clipPage({ url: 'https://example.com/post', title: 'A post', comment: 'Worth a read.' });
    expect(page.note).toMatchObject({
      kind: 'page',
      url: 'https://example.com/post',
      title: 'A post',
      comment: 'Worth a read.',
      selection: '',
    });
    const quote = await owner.clipSelection({ url: 'https://example.com/post', title: 'A post', text: 'Small PRs.' });
    expect(quote.note).toMatchObject({
      kind: 'quote',
      text: 'Small PRs.',
      cite: 'A post',
      url: 'https://example.com/post',
    });
    expect(quote.note.sectionId).toBe(page.note.sectionId);
    expect(changes.filter((c) => c.kind === 'note/added')).toHaveLength(2);
    await expect(owner.clipPage({ url: 'javascript:alert(1)', title: 'x', comment: '' })).rejects.toThrow(
      'Only http and https pages can be clipped.',
    );
    await expect(owner.clipSelection({ url: 'https://example.com/', title: '', text: '  ' })).rejects.toThrow(
      'No text is selected.',
    );
  });

  it("adds a playlist's talks in playlist order, skips those with a section, and later notes find theirs", async () => {
    const { owner, store, session, watch } = await setUp(watching(talk(3).source.videoId, 10, 'Talk 3 as watched'));
    await owner.captureNote('first on talk 3', null);
    watch(null);
    await owner.addSection(session.id, { title: 'Open Spaces' });
    const result = await owner.addPlaylist([1, 2, 3, 4, 5].map(talk));
    expect(result).toEqual({ added: 4, skipped: 1 });
    const sections = await store.listSections(session.id);
    expect(sections.map((s) => s.title)).toEqual([
      'Talk 3 as watched',
      'Open Spaces',
      'Talk 1',
      'Talk 2',
      'Talk 4',
      'Talk 5',
    ]);
    expect(sections[2]!.source).toEqual(talk(1).source);
    expect(await owner.addPlaylist([1, 2].map(talk))).toEqual({ added: 0, skipped: 2 });
    // Following the talk again (a new section was chosen), a note on talk 4 goes to its section with its time.
    await owner.followTalk();
    watch(watching(talk(4).source.videoId, 61));
    const { note, filed } = await owner.captureNote('on talk 4', null);
    expect(filed.section.title).toBe('Talk 4');
    expect(note).toMatchObject({ at: { seconds: 61 } });
  });
});
