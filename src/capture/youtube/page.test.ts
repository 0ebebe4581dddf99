// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://www.youtube.com/"}
import { expect, test } from 'vitest';
import { loadFixture, setPlayer } from '../../../support/fixtures/youtube/load';
import { findMainVideo, PROBLEMS, readYouTubeState } from './page';

const A = 'https://www.youtube.com/watch?v=cnfTalkAAA1&list=PLconfnotesFixture01&index=1';
const B = '/watch?v=cnfTalkBBB2&list=PLconfnotesFixture01&index=2';

test('a talk in a playlist: id, list, index, title, channel and the main player’s time', () => {
  const yt = loadFixture(A);
  setPlayer(yt.video(), { currentTime: 65.4, duration: 300 });
  expect(readYouTubeState(document, location.href)).toEqual({
    videoId: 'cnfTalkAAA1',
    url: A,
    list: 'PLconfnotesFixture01',
    index: 1,
    title: 'Deploying on Fridays without fear',
    channel: 'DevOpsDays Fixture',
    channelUrl: 'https://www.youtube.com/@devopsdaysfixture',
    duration: 300,
    currentTime: 65.4,
    paused: false,
    adPlaying: false,
    problem: '',
  });
});

test('the idle miniplayer’s <video>, first in the document, is not taken for the main player', () => {
  const yt = loadFixture(A);
  const first = document.querySelector('video');
  expect(first?.closest('ytd-miniplayer')).not.toBeNull();
  expect(findMainVideo(document)).toBe(yt.video());
});

test('after in-page navigation the next talk is read from the live page, not the stale meta tags', () => {
  const yt = loadFixture(A);
  yt.navigate(B);
  setPlayer(yt.video(), { currentTime: 12, duration: 300 });
  const state = readYouTubeState(document, location.href);
  expect(state).toMatchObject({
    videoId: 'cnfTalkBBB2',
    index: 2,
    title: 'Observability for humans: <logs> & "traces"',
    channel: 'Ops & Humans',
    currentTime: 12,
  });
  // With no live title, the meta tags (still talk A's) must not be used: the document title is.
  document.querySelector('ytd-watch-metadata h1')!.remove();
  expect(readYouTubeState(document, location.href).title).toBe('Observability for humans: <logs> & "traces"');
});

test("opened directly, before the owner is rendered: title and channel from the page's own data", () => {
  loadFixture(A);
  document.querySelector('ytd-watch-metadata')!.remove();
  document.title = '';
  // The channel's address as the data has it (http here): the background makes it https (channelUrlOf).
  expect(readYouTubeState(document, location.href)).toMatchObject({
    title: 'Deploying on Fridays without fear',
    channel: 'DevOpsDays Fixture',
    channelUrl: 'http://www.youtube.com/@devopsdaysfixture',
  });
});

test("reached by in-page navigation: the first page's data is never taken for the next talk's", () => {
  const yt = loadFixture(A);
  yt.navigate(B);
  document.querySelector('ytd-video-owner-renderer')!.remove();
  expect(readYouTubeState(document, location.href)).toMatchObject({
    videoId: 'cnfTalkBBB2',
    channel: '',
    channelUrl: '',
  });
});

test("while the page still shows the previous talk, its title and owner are not the new one's", () => {
  const yt = loadFixture(A);
  setPlayer(yt.video(), { currentTime: 50, duration: 300 });
  history.pushState({}, '', B);
  // YouTube changes the URL first and re-renders when the next talk's data arrives.
  expect(readYouTubeState(document, location.href)).toMatchObject({
    videoId: 'cnfTalkBBB2',
    channel: '',
    channelUrl: '',
    problem: PROBLEMS.switching,
  });
  expect(readYouTubeState(document, location.href).title).not.toBe('Deploying on Fridays without fear');
});

test.each(['theater', 'fullscreen'] as const)(
  'the %s layout, with the player moved out of the columns, reads the same',
  (mode) => {
    const yt = loadFixture(A);
    yt.setLayout(mode);
    setPlayer(yt.video(), { currentTime: 65.4, duration: 300 });
    expect(document.querySelector('#columns #movie_player')).toBeNull();
    expect(readYouTubeState(document, location.href)).toMatchObject({
      videoId: 'cnfTalkAAA1',
      title: 'Deploying on Fridays without fear',
      channel: 'DevOpsDays Fixture',
      channelUrl: 'https://www.youtube.com/@devopsdaysfixture',
      currentTime: 65.4,
      duration: 300,
      problem: '',
    });
    yt.setLayout('default');
    expect(document.querySelector('#columns #movie_player')).not.toBeNull();
  },
);

test('a swapped <video> element is the one read', () => {
  const yt = loadFixture(A);
  const old = yt.video();
  yt.navigate(B, { swapVideo: true });
  expect(yt.video()).not.toBe(old);
  setPlayer(yt.video(), { currentTime: 30, duration: 300 });
  expect(readYouTubeState(document, location.href).currentTime).toBe(30);
});

test('while an ad plays there is no timestamp, and the reason says so', () => {
  const yt = loadFixture(A);
  setPlayer(yt.video(), { currentTime: 7, duration: 15 });
  yt.setAd(true);
  expect(readYouTubeState(document, location.href)).toMatchObject({
    adPlaying: true,
    currentTime: null,
    problem: PROBLEMS.ad,
  });
  yt.setAd(false);
  expect(readYouTubeState(document, location.href)).toMatchObject({ adPlaying: false, currentTime: 7, problem: '' });
});

test('the home page is not a talk; with the miniplayer playing, the panel is told to open the talk', () => {
  const yt = loadFixture(A);
  setPlayer(yt.video(), { currentTime: 40, duration: 300, paused: false });
  yt.navigate('/', { miniplayer: true });
  expect(readYouTubeState(document, location.href)).toMatchObject({ videoId: null, problem: PROBLEMS.miniplayer });
  setPlayer(yt.video(), { currentTime: 40, duration: 300, paused: true });
  expect(readYouTubeState(document, location.href)).toMatchObject({
    videoId: null,
    currentTime: null,
    problem: PROBLEMS.notTalk,
  });
});

test("behind the live edge (DVR), the time is where the viewer is; after the stream, its recording's length", () => {
  const yt = loadFixture('https://www.youtube.com/live/cnfLiveCCC3');
  // Watching 20 minutes behind a live edge at 5,000 s.
  setPlayer(yt.video(), { currentTime: 3800, duration: Number.POSITIVE_INFINITY });
  expect(readYouTubeState(document, location.href)).toMatchObject({
    videoId: 'cnfLiveCCC3',
    currentTime: 3800,
    duration: null,
    problem: '',
  });
  setPlayer(yt.video(), { currentTime: 3800, duration: 7260 });
  expect(readYouTubeState(document, location.href)).toMatchObject({
    videoId: 'cnfLiveCCC3',
    currentTime: 3800,
    duration: 7260,
  });
});

test('a live stream has no duration but keeps the time the player reports', () => {
  const yt = loadFixture('https://www.youtube.com/live/cnfLiveCCC3');
  setPlayer(yt.video(), { currentTime: 5000, duration: Number.POSITIVE_INFINITY });
  expect(readYouTubeState(document, location.href)).toMatchObject({
    videoId: 'cnfLiveCCC3',
    duration: null,
    currentTime: 5000,
    problem: '',
    title: 'Day 2 live stream',
  });
});

test('no <video>, a video that has not loaded, and a player still on the previous talk: no time, and why', () => {
  let yt = loadFixture(A);
  expect(readYouTubeState(document, location.href)).toMatchObject({ currentTime: null, problem: PROBLEMS.notLoaded });
  yt.video().remove();
  expect(readYouTubeState(document, location.href)).toMatchObject({
    videoId: 'cnfTalkAAA1',
    problem: PROBLEMS.noVideo,
  });
  yt = loadFixture(A);
  setPlayer(yt.video(), { currentTime: 50, duration: 300 });
  document.querySelector('ytd-watch-flexy')!.setAttribute('video-id', 'cnfTalkBBB2');
  expect(readYouTubeState(document, location.href)).toMatchObject({ currentTime: null, problem: PROBLEMS.switching });
});
