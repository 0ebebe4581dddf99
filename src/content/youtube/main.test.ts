// @vitest-environment jsdom
/**
 * The YouTube content script tells the background of a player change at the end of the task that made it, with no
 * timer: a hidden tab's timers are clamped to a second or more (Firefox), and "Now watching" lagged by that. Here
 * every timer is frozen, and the notice still goes out; the events of one task make one notice.
 */
import { afterAll, beforeAll, expect, test, vi } from 'vitest';

const sent: { type: string }[] = [];
const runtime = {
  id: 'confnotes',
  sendMessage: vi.fn(async (message: { type: string }) => {
    sent.push(message);
    return { ok: true };
  }),
  onMessage: { addListener: vi.fn(), removeListener: vi.fn() },
};
const notices = () => sent.filter((m) => m.type === 'youtube/changed').length;
const settled = () => new Promise<void>((resolve) => queueMicrotask(() => queueMicrotask(resolve)));

beforeAll(async () => {
  (globalThis as unknown as { jsdom: { reconfigure: (o: { url: string }) => void } }).jsdom.reconfigure({
    url: 'https://www.youtube.com/watch?v=cnfTalkAAA1',
  });
  (globalThis as unknown as { chrome: unknown }).chrome = { runtime };
  document.body.innerHTML = '<div id="movie_player" class="html5-video-player"><video></video></div>';
  vi.useFakeTimers();
  await import('./main');
  await settled();
});
afterAll(() => {
  vi.useRealTimers();
});

test('a seek is told without waiting for any timer, once for the events of one task', async () => {
  const before = notices();
  expect(before).toBe(1); // the page as the script found it
  const video = document.querySelector('video')!;
  video.dispatchEvent(new Event('seeked'));
  video.dispatchEvent(new Event('pause'));
  await settled();
  expect(notices()).toBe(before + 1);
  expect(vi.getTimerCount()).toBe(0);
  video.dispatchEvent(new Event('play'));
  await settled();
  expect(notices()).toBe(before + 2);
});
