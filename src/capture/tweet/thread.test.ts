// @vitest-environment jsdom
import { beforeEach, expect, test } from 'vitest';
import { tweetHtml } from '../../../test/fixtures/x/tweet-html';
import * as fx from '../../../test/fixtures/x/tweets';
import { collectThread, pageTweet, statusIdOf } from './thread';

const PAGE = `https://x.com/kestrel_ops/status/${fx.threadHead.id}`;

beforeEach(() => {
  const cells = [
    { ...fx.plain, id: '1840000000000000099', handle: 'kestrel_ops', name: ['Kestrel'] }, // an ancestor: not in the thread
    { ...fx.threadHead, focal: true }, ...fx.threadReplies, fx.otherReply, fx.lateSelfReply,
  ];
  document.body.innerHTML = `<div data-testid="primaryColumn">${cells.map(tweetHtml).join('')}</div>`;
});

test('status ids from page URLs', () => {
  expect(statusIdOf(PAGE)).toBe(fx.threadHead.id);
  expect(statusIdOf('https://x.com/kestrel_ops/status/123/photo/1')).toBe('123');
  expect(statusIdOf('https://x.com/home')).toBeNull();
  expect(statusIdOf('not a url')).toBeNull();
});

test('the page tweet is the focal one, not the ancestor above it', () => {
  expect(pageTweet(document, PAGE)?.id).toBe(fx.threadHead.id);
  expect(pageTweet(document, 'https://x.com/home')).toBeNull();
});

test('the thread is the author\'s consecutive self-replies, in order, ending at someone else', () => {
  const t = collectThread(document, PAGE)!;
  expect(t.id).toBe(fx.threadHead.id);
  expect(t.thread!.map((r) => r.id)).toEqual(fx.threadReplies.map((r) => r.id));
  expect(t.thread!.map((r) => r.parts.map((p) => p.text).join(''))).toEqual([
    '1/ Start with a hypothesis you can falsify.', '2/ Tell support before, not after.', '3/ Write down what surprised you.',
  ]);
});

test('a tweet with no self-replies has no thread', () => {
  const t = collectThread(document, `https://x.com/mira_sre/status/${fx.otherReply.id}`)!;
  expect(t.id).toBe(fx.otherReply.id);
  expect(t.thread).toBeUndefined();
});
