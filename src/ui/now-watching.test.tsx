// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import type { PageContext, YouTubeState } from '../model/context';
import { CONTEXT_PROBLEMS } from '../capture/youtube/moment';
import { PROBLEMS } from '../capture/youtube/page';
import { describe as words, NowWatching } from './now-watching';

afterEach(cleanup);

const talk: YouTubeState = {
  videoId: 'cnfTalkAAA1',
  url: 'https://www.youtube.com/watch?v=cnfTalkAAA1',
  title: 'Fridays <b>live</b>',
  channel: '',
  channelUrl: '',
  duration: 3000,
  currentTime: 754.6,
  paused: false,
  adPlaying: false,
  problem: '',
};
const on = (youtube?: YouTubeState, extra: Partial<PageContext> = {}): PageContext => ({
  tabId: 1,
  url: talk.url,
  title: 'tab',
  site: 'youtube',
  youtube,
  ...extra,
});

test('the bar’s words for each situation', () => {
  expect(words(on(talk))).toEqual({ title: 'Fridays <b>live</b>', time: '12:34', reason: '' });
  expect(words(on({ ...talk, currentTime: 4000 }))).toMatchObject({ time: '1:06:40' });
  expect(words(on({ ...talk, adPlaying: true, currentTime: null, problem: PROBLEMS.ad }))).toEqual({
    title: 'Fridays <b>live</b>',
    time: '',
    reason: PROBLEMS.ad,
  });
  expect(words(on({ ...talk, duration: null }))).toMatchObject({
    time: '12:34',
    reason: expect.stringContaining('Live stream'),
  });
  expect(words(on({ ...talk, videoId: null, problem: PROBLEMS.notTalk }))).toEqual({
    title: '',
    time: '',
    reason: PROBLEMS.notTalk,
  });
  expect(words(on(undefined, { needsReload: true })).reason).toBe(CONTEXT_PROBLEMS.needsReload);
  expect(words(on(undefined, { site: 'other' })).reason).toBe(CONTEXT_PROBLEMS.notYouTube);
  expect(words(null).reason).toBe(CONTEXT_PROBLEMS.none);
});

test('renders "Now watching: <title> · 12:34" with the title as text, and the reason as a status', () => {
  render(<NowWatching context={on(talk)} now={0} />);
  const region = screen.getByRole('region', { name: 'Now watching' });
  expect(region.querySelector('.watching')!.textContent).toBe('Now watching: Fridays <b>live</b> · 12:34');
  expect(region.querySelector('b')).toBeNull();
});

test('says why there is no timestamp', () => {
  render(<NowWatching context={on({ ...talk, adPlaying: true, currentTime: null, problem: PROBLEMS.ad })} now={0} />);
  expect(screen.getByRole('status').textContent).toBe(PROBLEMS.ad);
});

test('a playing talk’s time moves on from when the background read it; a paused one stays', () => {
  const read = { ...on(talk), readAt: 1_000_000 };
  const view = render(<NowWatching context={read} now={1_000_000 + 5_000} />);
  expect(document.querySelector('.time')!.textContent).toBe('12:39');
  view.rerender(<NowWatching context={{ ...read, youtube: { ...talk, paused: true } }} now={1_000_000 + 5_000} />);
  expect(document.querySelector('.time')!.textContent).toBe('12:34');
});

test('busy until the background has said what the context is', () => {
  render(<NowWatching context={undefined} now={0} />);
  expect(screen.getByRole('region', { name: 'Now watching' }).getAttribute('aria-busy')).toBe('true');
});
