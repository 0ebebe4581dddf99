// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://www.youtube.com/"}
import { afterEach, expect, test } from 'vitest';
import { startLifecycle, type Lifecycle } from './lifecycle';

/** YouTube's own events after an in-page navigation, as its content script passes them. */
const YOUTUBE_NAVIGATION = ['yt-navigate-finish', 'yt-page-data-updated'];

const started: Lifecycle[] = [];
afterEach(() => {
  started.splice(0).forEach((l) => l.stop());
});

/** Each page adds one listener for a probe event; counting calls per probe counts the live listeners. */
function probeSetup(alive: () => boolean) {
  const calls: string[] = [];
  let pages = 0;
  const lifecycle = startLifecycle({
    doc: document,
    alive,
    navigationEvents: YOUTUBE_NAVIGATION,
    onPage(signal, url) {
      pages += 1;
      document.addEventListener('probe', () => calls.push(url), { signal });
    },
  });
  started.push(lifecycle);
  const probe = () => {
    calls.length = 0;
    document.dispatchEvent(new Event('probe'));
    return [...calls];
  };
  return { lifecycle, probe, pages: () => pages };
}

function navigate(href: string) {
  history.pushState({}, '', href);
  document.dispatchEvent(new CustomEvent('yt-navigate-finish'));
}

test('after ten in-page navigations exactly one page is armed, for the current URL', () => {
  const { probe, pages } = probeSetup(() => true);
  for (let i = 1; i <= 10; i += 1) navigate(`/watch?v=cnfTalk${String(i).padStart(4, '0')}`);
  expect(pages()).toBe(11);
  expect(probe()).toEqual(['https://www.youtube.com/watch?v=cnfTalk0010']);
});

test('a URL change without an event is noticed on the next request; the same URL re-arms nothing', () => {
  const { probe, pages, lifecycle } = probeSetup(() => true);
  history.pushState({}, '', '/watch?v=cnfTalkBBB2');
  expect(lifecycle.checkUrl()).toBe(true);
  expect(lifecycle.checkUrl()).toBe(false);
  expect(pages()).toBe(2);
  expect(probe()).toEqual(['https://www.youtube.com/watch?v=cnfTalkBBB2']);
  window.dispatchEvent(new PopStateEvent('popstate'));
  expect(pages()).toBe(3);
  expect(probe()).toHaveLength(1);
});

test('once the extension is gone, the next navigation removes everything and nothing runs again', () => {
  let alive = true;
  const { probe, pages, lifecycle } = probeSetup(() => alive);
  alive = false;
  navigate('/watch?v=cnfTalkAAA1');
  expect(lifecycle.signal.aborted).toBe(true);
  expect(probe()).toEqual([]);
  navigate('/watch?v=cnfTalkBBB2');
  lifecycle.checkUrl();
  expect(pages()).toBe(1);
});

test('a page that throws while arming does not break later navigations', () => {
  let armed = 0;
  const lifecycle = startLifecycle({
    doc: document,
    alive: () => true,
    navigationEvents: YOUTUBE_NAVIGATION,
    onPage() {
      armed += 1;
      if (armed === 1) throw new Error('page not ready');
    },
  });
  started.push(lifecycle);
  navigate('/watch?v=cnfTalkAAA1');
  expect(armed).toBe(2);
});

test('a forced check sets the same page up again at once (X replaced its column), and nothing after stop', () => {
  const { probe, pages, lifecycle } = probeSetup(() => true);
  expect(lifecycle.checkUrl(true)).toBe(true);
  expect(pages()).toBe(2);
  expect(probe()).toHaveLength(1);
  lifecycle.stop();
  expect(lifecycle.checkUrl(true)).toBe(false);
  expect(pages()).toBe(2);
  expect(probe()).toEqual([]);
});
