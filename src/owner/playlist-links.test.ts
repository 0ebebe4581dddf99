import { expect, it } from 'vitest';
import type { PlaylistTalk } from '../capture/youtube/playlist-talks';
import type { Selection } from '../model/context';
import { FOLLOWING } from '../model/context';
import { fixture } from '../schedule/test-fixtures';
import { freshStore } from '../store/test-support';
import type { Change } from './changes';
import { createOwner } from './owner';

const video = (n: number, title: string): PlaylistTalk => ({
  title,
  source: { kind: 'youtube', videoId: `cnfDemo000${n}`, list: 'PLdemoConf2026', index: n, channel: 'Demo Conf' },
});

/** The recordings as a conference's team titles them: decorated, in another order, one that is no talk. */
const PLAYLIST = [
  video(1, 'Demo Conf 2026 – Recording Conferences (Grace Camera)'),
  video(2, 'Sponsor message'),
  video(3, 'Opening: Notes at the Edge | Ada Example | Demo Conf 2026'),
  video(4, 'Time zones are hard!'),
];

async function event() {
  const { store } = await freshStore();
  const changes: Change[] = [];
  let selection: Selection = { sessionId: null, sectionId: null };
  let follow = FOLLOWING;
  const owner = createOwner({
    store,
    selection: { load: async () => selection, save: async (s) => void (selection = s) },
    follow: { load: async () => follow, save: async (f) => void (follow = f) },
    talk: async () => null,
    announce: (c) => changes.push(c),
    now: () => Date.parse('2026-04-20T10:00:00Z'),
    timeZone: () => 'Europe/Berlin',
  });
  const session = await owner.createSession({ title: 'Demo', date: '', description: '', tags: [], categories: [] });
  await owner.importSchedule({ sessionId: session.id, text: fixture('pretalx-v1.json') });
  changes.length = 0;
  const byTitle = async (title: string) => (await store.listSections(session.id)).find((s) => s.title === title)!;
  return { store, owner, session, changes, byTitle };
}

it('proposes a video for each talk whose title it holds, in the talks’ order, and writes nothing', async () => {
  const { owner, store, session, changes } = await event();
  const before = await store.listSections(session.id);
  const plan = await owner.proposePlaylistLinks(session.id, PLAYLIST);
  expect(plan.proposals.map((p) => [p.sectionTitle, p.videoId, p.index])).toEqual([
    ['Opening: Notes at the Edge', 'cnfDemo0003', 3],
    ['Time Zones Are Hard', 'cnfDemo0004', 4],
    ['Recording Conferences', 'cnfDemo0001', 1],
  ]);
  expect(plan.proposals[0]!.videoTitle).toBe('Opening: Notes at the Edge | Ada Example | Demo Conf 2026');
  expect(plan.videosLeft).toEqual(['Sponsor message']);
  expect(plan.talksLeft).toContain('Parsing Calendars Without Tears');
  expect(plan.talksLeft).not.toContain('Opening: Notes at the Edge');
  expect(await store.listSections(session.id)).toEqual(before);
  expect(changes).toEqual([]);
});

it('links the confirmed pairs with the playlist and place, skips the rest, and leaves linked talks alone', async () => {
  const { owner, session, changes, byTitle } = await event();
  const opening = await byTitle('Opening: Notes at the Edge');
  const zones = await byTitle('Time Zones Are Hard');
  const recording = await byTitle('Recording Conferences');
  // The user unticked "Time Zones Are Hard"; a forged pair names a video that is not in the playlist.
  const result = await owner.linkPlaylist(
    session.id,
    [
      { sectionId: opening.id, videoId: 'cnfDemo0003' },
      { sectionId: recording.id, videoId: 'cnfDemo0001' },
      { sectionId: zones.id, videoId: 'cnfElsewher' },
    ],
    PLAYLIST,
  );
  expect(result).toEqual({ linked: 2, skipped: 1 });
  expect((await byTitle('Opening: Notes at the Edge')).source).toEqual({
    kind: 'youtube',
    videoId: 'cnfDemo0003',
    list: 'PLdemoConf2026',
    index: 3,
    channel: 'Demo Conf',
  });
  expect((await byTitle('Opening: Notes at the Edge')).sourceKey).toBe('youtube:cnfDemo0003');
  expect((await byTitle('Time Zones Are Hard')).source).toBeUndefined();
  expect(changes.map((c) => c.kind)).toEqual(['section/renamed', 'section/renamed']);

  // Linked talks are proposed no more, nor are their videos; linking them again writes nothing.
  const plan = await owner.proposePlaylistLinks(session.id, PLAYLIST);
  expect(plan.proposals.map((p) => p.sectionTitle)).toEqual(['Time Zones Are Hard']);
  changes.length = 0;
  expect(await owner.linkPlaylist(session.id, [{ sectionId: opening.id, videoId: 'cnfDemo0004' }], PLAYLIST)).toEqual({
    linked: 0,
    skipped: 1,
  });
  expect(changes).toEqual([]);
});

it('refuses a session that is gone', async () => {
  const { owner } = await event();
  await expect(owner.proposePlaylistLinks('nope', PLAYLIST)).rejects.toThrow('This session no longer exists.');
});
