// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import type { PageContext, YouTubeState } from '../model/context';
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
  expect(region.querySelector('.watching')!.textContent).toBe('Now watching: Fridays <b>live</b> · 12:34');
  expect(region.querySelector('b')).toBeNull();
});

test('says why there is no timestamp', async () => {
  const ask = (async () => on({ ...talk, adPlaying: true, currentTime: null, problem: PROBLEMS.ad })) as unknown as Ask;
  render(<NowWatching ask={ask} />);
  expect((await screen.findByRole('status')).textContent).toBe(PROBLEMS.ad);
});

test('says that notes go to the talk’s section, and where and when the note being typed goes', async () => {
  const ask = (async () => on(talk)) as unknown as Ask;
  const source = { kind: 'youtube' as const, videoId: 'cnfTalkAAA1' };
  const view = render(<NowWatching ask={ask} />);
  await screen.findByText('Notes go to this talk’s section, not the chosen one.');
  view.rerender(<NowWatching ask={ask} frozen={{ moment: { videoId: 'cnfTalkAAA1', seconds: 65 }, source, title: 'Fridays', problem: '' }} />);
  await screen.findByText('This note will be at 1:05 in “Fridays”.');
  view.rerender(<NowWatching ask={ask} frozen={{ moment: null, source, title: 'Fridays', problem: PROBLEMS.ad }} />);
  await screen.findByText('This note goes to “Fridays”, without a time.');
  // Frozen on a page that is no talk: the note goes to the chosen section, so nothing claims otherwise.
  view.rerender(<NowWatching ask={ask} frozen={{ moment: null, source: null, title: '', problem: PROBLEMS.notTalk }} />);
  await waitFor(() => expect(document.querySelector('.frozen')).toBeNull());
});

test('says nothing about a talk’s section where no talk plays', async () => {
  const ask = (async () => on({ ...talk, videoId: null, problem: PROBLEMS.notTalk })) as unknown as Ask;
  render(<NowWatching ask={ask} />);
  await screen.findByText(PROBLEMS.notTalk);
  expect(document.querySelector('.frozen')).toBeNull();
});
