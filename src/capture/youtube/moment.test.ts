import { expect, test } from 'vitest';
import type { PageContext, YouTubeState } from '../../model/context';
import { CONTEXT_PROBLEMS, frozenMoment } from './moment';
import { PROBLEMS } from './page';

const playing: YouTubeState = {
  videoId: 'cnfTalkAAA1',
  url: 'https://www.youtube.com/watch?v=cnfTalkAAA1&list=PLx&index=2',
  title: 'Fridays',
  channel: 'DevOpsDays Fixture',
  channelUrl: 'https://www.youtube.com/@d',
  list: 'PLx',
  index: 2,
  duration: 300.4,
  currentTime: 65.7,
  paused: false,
  adPlaying: false,
  problem: '',
};
const tab = (youtube?: YouTubeState, extra: Partial<PageContext> = {}): PageContext => ({
  tabId: 1,
  url: playing.url,
  title: 'Fridays - YouTube',
  site: 'youtube',
  youtube,
  ...extra,
});

test('a playing talk gives its moment minus the rewind, and the source with the playlist position', () => {
  expect(frozenMoment(tab(playing), 3)).toEqual({
    moment: { videoId: 'cnfTalkAAA1', seconds: 62 },
    source: {
      kind: 'youtube',
      videoId: 'cnfTalkAAA1',
      list: 'PLx',
      index: 2,
      channel: 'DevOpsDays Fixture',
      channelUrl: 'https://www.youtube.com/@d',
      duration: 300,
    },
    title: 'Fridays',
    problem: '',
  });
});

test('an ad: the note still belongs to the talk, without a time', () => {
  const ad = { ...playing, adPlaying: true, currentTime: null, problem: PROBLEMS.ad };
  expect(frozenMoment(tab(ad), 0)).toMatchObject({
    moment: null,
    source: { videoId: 'cnfTalkAAA1' },
    problem: PROBLEMS.ad,
  });
});

test('a live stream keeps the time the player reports, with no duration in the source', () => {
  const live = { ...playing, duration: null, currentTime: 5000.2 };
  const frozen = frozenMoment(tab(live), 0);
  expect(frozen.moment).toEqual({ videoId: 'cnfTalkAAA1', seconds: 5000 });
  expect(frozen.source).not.toHaveProperty('duration');
});

test('pages that are not talks, no context, and a tab that needs a reload each say why', () => {
  const home = { ...playing, videoId: null, currentTime: null, problem: PROBLEMS.notTalk };
  expect(frozenMoment(tab(home), 0)).toEqual({
    moment: null,
    source: null,
    title: 'Fridays',
    problem: PROBLEMS.notTalk,
  });
  expect(frozenMoment(null, 0).problem).toBe(CONTEXT_PROBLEMS.none);
  expect(frozenMoment(tab(undefined, { site: 'other' }), 0).problem).toBe(CONTEXT_PROBLEMS.notYouTube);
  expect(frozenMoment(tab(undefined, { needsReload: true }), 0).problem).toBe(CONTEXT_PROBLEMS.needsReload);
  expect(frozenMoment(tab(undefined), 0).problem).toBe(CONTEXT_PROBLEMS.loading);
});
