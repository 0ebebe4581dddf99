import { IDBCursor, IDBIndex, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Follow, FrozenMoment, Selection } from '../model/context';
import { FOLLOWING } from '../model/context';
import type { Note, Section } from '../model/types';
import { freshStore, pagedRecords } from '../store/test-support';
import type { Change } from './changes';
import { createOwner } from './owner';

afterEach(() => vi.restoreAllMocks());

/** Counts every IndexedDB request made (gets, cursors, counts, puts...), whatever store or index it is on. */
function countRequests() {
  const counter = { requests: 0 };
  for (const proto of [IDBIndex.prototype, IDBObjectStore.prototype, IDBCursor.prototype] as object[]) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, name);
      if (!d || typeof d.value !== 'function' || name === 'constructor') continue;
      const original = d.value as (...args: unknown[]) => unknown;
      vi.spyOn(proto as Record<string, (...args: unknown[]) => unknown>, name).mockImplementation(function (
        this: unknown,
        ...args: unknown[]
      ) {
        const result = original.apply(this, args);
        if (result && typeof result === 'object' && 'onsuccess' in result) counter.requests += 1;
        return result;
      });
    }
  }
  return counter;
}

const talkId = (i: number) => `talk${String(i).padStart(7, '0')}`; // 11 characters, as a YouTube video id is

/** A session of `talks` talk sections (each on its own video) plus "Open Spaces", `perTalk` notes each. */
async function conference(talks: number, perTalk: number) {
  const { store, db } = await freshStore();
  const session = await store.createSession({ title: 'Conf', date: '', description: '', tags: [], categories: [] });
  const tx = db.transaction(['sections', 'notePages'], 'readwrite');
  const sections: Section[] = [];
  const notes: Note[] = [];
  for (let i = 0; i < talks; i++) {
    const source = { kind: 'youtube' as const, videoId: talkId(i) };
    const section: Section = {
      id: `s${i}`,
      sessionId: session.id,
      title: `Talk ${i}`,
      speaker: '',
      source,
      sourceKey: `youtube:${source.videoId}`,
      order: i + 1,
      createdAt: 0,
      updatedAt: 0,
    };
    sections.push(section);
    void tx.objectStore('sections').put({ ...section, noteCount: perTalk });
    for (let n = 0; n < perTalk; n++) {
      const note: Note = {
        id: `n${i}-${n}`,
        sessionId: session.id,
        sectionId: section.id,
        kind: 'text',
        text: `${n}`,
        order: n + 1,
        createdAt: 0,
        updatedAt: 0,
      };
      notes.push(note);
    }
  }
  const open: Section = {
    id: 'open',
    sessionId: session.id,
    title: 'Open Spaces',
    speaker: '',
    order: talks + 1,
    createdAt: 0,
    updatedAt: 0,
  };
  void tx.objectStore('sections').put({ ...open, noteCount: 0 });
  for (const page of pagedRecords(notes)) void tx.objectStore('notePages').put(page);
  await tx.done;
  return { store, session, sections, open };
}

function ownerOver(
  store: Awaited<ReturnType<typeof freshStore>>['store'],
  selection: Selection,
  talk: FrozenMoment | null = null,
) {
  let chosen = selection;
  let follow: Follow = FOLLOWING;
  const changes: Change[] = [];
  const owner = createOwner({
    store,
    selection: {
      load: async () => chosen,
      save: async (s) => {
        chosen = s;
      },
    },
    follow: {
      load: async () => follow,
      save: async (f) => {
        follow = f;
      },
    },
    talk: async () => talk,
    announce: (change) => changes.push(change),
  });
  return { owner, changes, chosen: () => chosen, follow: () => follow };
}

const watching = (videoId: string, seconds: number): FrozenMoment => ({
  source: { kind: 'youtube', videoId },
  moment: { videoId, seconds },
  title: 'A talk',
  problem: '',
});

describe('a note costs the background the same requests in a small and in a 10,000-note session', () => {
  it('into a talk being followed, and into a chosen section', async () => {
    const costs: number[][] = [];
    for (const [talks, perTalk] of [
      [3, 10],
      [100, 100],
    ] as const) {
      const { store, session, open } = await conference(talks, perTalk);
      const { owner } = ownerOver(store, { sessionId: session.id, sectionId: open.id });
      const counter = countRequests();
      await owner.captureNote('on the talk', watching(talkId(1), 65));
      const followed = counter.requests;
      counter.requests = 0;
      await owner.captureNote('in the hallway', null);
      costs.push([followed, counter.requests]);
      vi.restoreAllMocks();
    }
    expect(costs[1]).toEqual(costs[0]);
    expect(costs[0]![0]).toBeGreaterThan(0);
    expect(costs[0]![0]).toBeLessThan(12);
  }, 60_000);
});

describe('announcements', () => {
  it("a talk's first note announces its new section, then the note", async () => {
    const { store, session, open } = await conference(1, 0);
    const { owner, changes } = ownerOver(store, { sessionId: session.id, sectionId: open.id });
    const { note, filed } = await owner.captureNote('first on B', watching('bbbbbbbbbbb', 30));
    expect(changes.map((c) => c.kind)).toEqual(['section/added', 'note/added']);
    expect(filed.section).toMatchObject({ title: 'A talk', source: { videoId: 'bbbbbbbbbbb' } });
    expect(note).toMatchObject({ sectionId: filed.section.id, at: { videoId: 'bbbbbbbbbbb', seconds: 30 } });
  });

  it('choosing another section while a talk shows declines it; following again is announced too', async () => {
    const { store, session, sections, open } = await conference(2, 0);
    const talk = watching(talkId(0), 10);
    const { owner, changes, follow } = ownerOver(store, { sessionId: session.id, sectionId: sections[0]!.id }, talk);
    await owner.chooseSection({ sessionId: session.id, sectionId: open.id });
    expect(follow()).toEqual({ declinedVideoId: talkId(0) });
    expect(changes.at(-1)).toEqual({
      kind: 'selection/changed',
      selection: { sessionId: session.id, sectionId: open.id },
      follow: follow(),
    });
    const { note } = await owner.captureNote('hallway', talk);
    expect(note.sectionId).toBe(open.id);
    expect(note).not.toHaveProperty('at');
    await owner.followTalk();
    expect(follow()).toEqual(FOLLOWING);
    expect((await owner.captureNote('back', talk)).note).toMatchObject({
      sectionId: sections[0]!.id,
      at: { seconds: 10 },
    });
  });

  it('a new section is chosen at once, and declines the talk showing', async () => {
    const { store, session } = await conference(1, 0);
    const { owner, changes, chosen, follow } = ownerOver(
      store,
      { sessionId: session.id, sectionId: null },
      watching(talkId(0), 5),
    );
    const made = await owner.addSection(session.id, { title: 'Open Spaces' });
    expect(changes.map((c) => c.kind)).toEqual(['section/added', 'selection/changed']);
    expect(chosen()).toEqual({ sessionId: session.id, sectionId: made.id });
    expect(follow()).toEqual({ declinedVideoId: talkId(0) });
  });

  it('with no session at all, a first note makes one for today and chooses it', async () => {
    const { store } = await freshStore();
    const { owner, changes, chosen } = ownerOver(store, { sessionId: null, sectionId: null });
    const { filed } = await owner.captureNote('first ever', null);
    expect(changes.map((c) => c.kind)).toEqual(['session/added', 'selection/changed', 'section/added', 'note/added']);
    expect(chosen().sessionId).toBe(filed.sessionId);
    expect(filed.section.title).toBe('Notes');
  });
});
