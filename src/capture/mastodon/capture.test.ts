// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { statusPage } from '../../../support/fixtures/mastodon/pages';
import { statusHtml } from '../../../support/fixtures/mastodon/status-html';
import * as fx from '../../../support/fixtures/mastodon/statuses';
import { snapshot } from '../tweet/snapshot';
import { MASTODON_ATTRIBUTES, readMastodonCapture } from './capture';
import { POST } from './selectors';

const origin = `https://${fx.HOST}`;
const page = `${origin}/@kestrel/${fx.threadHead.id}`;

function capture(from = 1) {
  document.documentElement.innerHTML = statusPage();
  const statuses = [...document.querySelectorAll(POST)].slice(from);
  return { pageUrl: page, statuses: statuses.map((s) => snapshot(s, undefined, MASTODON_ATTRIBUTES)) };
}

test("a status page's thread, from snapshots as the content script sends them: the author's self-replies in order", () => {
  const post = readMastodonCapture(capture(), origin)!;
  expect(post.id).toBe(fx.threadHead.id);
  expect(post.time).toBe(fx.threadHead.time);
  expect(post.thread?.map((p) => p.parts)).toEqual([
    [{ type: 'text', text: '2/3 keep the old binary' }],
    [{ type: 'text', text: '3/3 and test the way back' }],
  ]);
  expect(post.thread?.map((p) => p.time)).toEqual(fx.threadReplies.map((s) => s.time));
});

test('a capture from a page of another origin, or not of the shape, is nothing', () => {
  expect(readMastodonCapture(capture(), 'https://fosstodon.org')).toBeNull();
  expect(readMastodonCapture({ pageUrl: page, statuses: 'x' }, origin)).toBeNull();
  expect(readMastodonCapture({ pageUrl: 'not a url', statuses: [] }, origin)).toBeNull();
  expect(readMastodonCapture(null, origin)).toBeNull();
  expect(readMastodonCapture({ pageUrl: page, statuses: [['div', { onclick: 'x' }]] }, origin)).toBeNull();
});

test("a poll read from the snapshot as the content script sends it: the votes in the percentage's title, the end time", () => {
  document.body.innerHTML = `${statusHtml(fx.closedPoll, fx.HOST)}${statusHtml(fx.openPoll, fx.HOST)}`;
  const [closed, open] = [...document.querySelectorAll(POST)].map((s) =>
    readMastodonCapture(
      { pageUrl: `${origin}/tags/FjordOps`, statuses: [snapshot(s, undefined, MASTODON_ATTRIBUTES)] },
      origin,
    ),
  );
  expect(closed?.poll?.options.map((o) => o.votes)).toEqual([1204, 301, 0]);
  expect(open?.poll).toMatchObject({ closed: false, ends: '2025-09-20T09:45:00.000Z' });
});
