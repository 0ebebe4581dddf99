// @vitest-environment jsdom
/**
 * The content script's life on a page, under jsdom with a stand-in extension runtime: buttons once per tweet,
 * a page's scripted clicks ignored (a real click clipping is tested in real Chromium: jsdom has no trusted input),
 * the clipped state kept out of the page's reach, nothing doubled after many in-page navigations, and after the extension is reloaded
 * (runtime.id gone) its buttons removed and nothing sent or thrown.
 */
import { beforeAll, expect, test, vi } from 'vitest';
import { tweetHtml } from '../../../support/fixtures/x/tweet-html';
import * as fx from '../../../support/fixtures/x/tweets';

const sent: { type: string }[] = [];
const runtime = {
  id: 'confnotes' as string | undefined,
  sendMessage: vi.fn(async (message: { type: string }) => {
    sent.push(message);
    return message.type === 'tweet/clipped' ? { clipped: [] } : { note: {}, duplicate: false };
  }),
  onMessage: { addListener: vi.fn(), removeListener: vi.fn() },
};

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const hosts = () => [...document.querySelectorAll('[data-confnotes="clip"]')];
const perArticle = () =>
  [...document.querySelectorAll('article')].map((a) => a.querySelectorAll('[data-confnotes]').length);

// The buttons' shadow roots are closed. In a real browser the content script runs in its own world, where the page
// cannot reach its attachShadow; jsdom has one world, so this test (not the page) keeps the roots to read labels.
const roots = new WeakMap<Element, ShadowRoot>();
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
  const root = attachShadow.call(this, init);
  roots.set(this, root);
  return root;
};
const buttonOf = (host: Element) => roots.get(host)!.querySelector('button')!;
/** The background's side of the channel, as the content script registered it. */
const fromBackground = (message: object) =>
  (runtime.onMessage.addListener.mock.calls[0]![0] as (m: object, s: { id: string }) => unknown)(message, {
    id: 'confnotes',
  });

beforeAll(async () => {
  // The page is x.com, as the script's relative links and permalinks expect (vitest's jsdom is reachable as `jsdom`).
  (globalThis as unknown as { jsdom: { reconfigure: (o: { url: string }) => void } }).jsdom.reconfigure({
    url: 'https://x.com/search?q=%23FjordOps',
  });
  (globalThis as unknown as { chrome: unknown }).chrome = { runtime };
  document.body.innerHTML = `<main><div data-testid="primaryColumn"><div id="cells">${[fx.plain, fx.photos, fx.ad]
    .map(tweetHtml)
    .join('')}</div></div></main>`;
  await import('./main');
  await frame();
});

test('one button per readable tweet, none on the ad; streamed tweets get theirs', async () => {
  expect(perArticle()).toEqual([1, 1, 0]);
  document.getElementById('cells')!.insertAdjacentHTML('beforeend', tweetHtml(fx.rtl) + tweetHtml({ ...fx.plain }));
  await frame();
  expect(perArticle()).toEqual([1, 1, 0, 1, 1]);
  expect(buttonOf(hosts()[0]!).textContent).toBe('Clip to session');
});

test('the page sees no shadow root and no label; its scripted clicks clip nothing and do not reach X', async () => {
  const reachedPage = vi.fn();
  document.body.addEventListener('click', reachedPage);
  for (const host of hosts()) {
    expect(host.shadowRoot).toBeNull();
    expect(host.textContent).toBe('');
    (host as HTMLElement).click();
    host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    buttonOf(host).click();
  }
  await frame();
  expect(sent.filter((m) => m.type === 'tweet/clip-page' || m.type === 'tweet/clip')).toEqual([]);
  expect(hosts().map((h) => buttonOf(h).textContent)).toEqual(hosts().map(() => 'Clip to session'));
  expect(reachedPage).not.toHaveBeenCalled();
});

test('clipped elsewhere: every copy says so inside its closed root, nothing of it on the host', async () => {
  const before = hosts().map((h) => h.outerHTML);
  await fromBackground({ type: 'tweet/mark-clipped', ids: [fx.plain.id] });
  expect(hosts().filter((h) => buttonOf(h).textContent === 'Clipped')).toHaveLength(2);
  expect(hosts().map((h) => h.outerHTML)).toEqual(before);
});

test('ten in-page navigations later nothing is doubled', async () => {
  for (let i = 0; i < 10; i++) {
    history.pushState({}, '', `/search?q=%23FjordOps&n=${i}`);
    dispatchEvent(new PopStateEvent('popstate'));
  }
  await frame();
  expect(perArticle()).toEqual([1, 1, 0, 1, 1]);
  // One observer left: a streamed tweet is looked at once (one tweet/clipped question, one button).
  const asked = sent.filter((m) => m.type === 'tweet/clipped').length;
  document.getElementById('cells')!.insertAdjacentHTML('beforeend', tweetHtml(fx.long));
  await frame();
  expect(sent.filter((m) => m.type === 'tweet/clipped').length - asked).toBe(1);
  expect(perArticle()).toEqual([1, 1, 0, 1, 1, 1]);
});

test('after the extension is reloaded: buttons removed, nothing sent, nothing thrown', async () => {
  const button = buttonOf(hosts()[1]!);
  runtime.id = undefined;
  const before = sent.length;
  expect(() => button.click()).not.toThrow();
  document.getElementById('cells')!.insertAdjacentHTML('beforeend', tweetHtml(fx.zwj));
  await frame();
  expect(document.querySelectorAll('[data-confnotes]')).toHaveLength(0);
  expect(sent.length).toBe(before);
});
