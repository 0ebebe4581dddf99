// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import type { PageContext, YouTubeState } from '../messages';
import { CONTEXT_PROBLEMS } from '../capture/youtube/moment';
import { PROBLEMS } from '../capture/youtube/page';
import { describe as words, NowWatching } from './now-watching';
import type { Ask } from './use-capture';

afterEach(cleanup);

const talk: YouTubeState = {
  videoId: 'cnfTalkAAA1', url: 'https://www.youtube.com/watch?v=cnfTalkAAA1', title: 'Fridays <b>live</b>', channel: '',
  channelUrl: '', duration: 3000, currentTime: 754.6, paused: false, adPlaying: false, problem: '',
};
const on = (youtube?: YouTubeState, extra: Partial<PageContext> = {}): PageContext => ({
  tabId: 1, url: talk.url, title: 'tab', site: 'youtube', youtube, ...extra,
});

test('the bar’s words for each situation', () => {
  expect(words(on(talk))).toEqual({ title: 'Fridays <b>live</b>', time: '12:34', reason: '' });
  expect(words(on({ ...talk, currentTime: 4000 }))).toMatchObject({ time: '1:06:40' });
  expect(words(on({ ...talk, adPlaying: true, currentTime: null, problem: PROBLEMS.ad }))).toEqual({ title: 'Fridays <b>live</b>', time: '', reason: PROBLEMS.ad });
  expect(words(on({ ...talk, duration: null }))).toMatchObject({ time: '12:34', reason: expect.stringContaining('Live stream') });
  expect(words(on({ ...talk, videoId: null, problem: PROBLEMS.notTalk }))).toEqual({ title: '', time: '', reason: PROBLEMS.notTalk });
  expect(words(on(undefined, { needsReload: true })).reason).toBe(CONTEXT_PROBLEMS.needsReload);
  expect(words(on(undefined, { site: 'other' })).reason).toBe(CONTEXT_PROBLEMS.notYouTube);
  expect(words(null).reason).toBe(CONTEXT_PROBLEMS.none);
});

test('renders "Now watching: <title> · 12:34" with the title as text, and the reason as a status', async () => {
  const ask = (async () => on(talk)) as unknown as Ask;
  render(<NowWatching ask={ask} />);
  const region = await screen.findByRole('region', { name: 'Now watching' });
  await screen.findByText('12:34');
  expect(region.textContent).toBe('Now watching: Fridays <b>live</b> · 12:34');
  expect(region.querySelector('b')).toBeNull();
});

test('says why there is no timestamp', async () => {
  const ask = (async () => on({ ...talk, adPlaying: true, currentTime: null, problem: PROBLEMS.ad })) as unknown as Ask;
  render(<NowWatching ask={ask} />);
  expect((await screen.findByRole('status')).textContent).toBe(PROBLEMS.ad);
});
