// @vitest-environment jsdom
import { beforeEach, expect, test } from 'vitest';
import { asSent, showTweets } from '../../../support/fixtures/x/read';
import * as fx from '../../../support/fixtures/x/tweets';
import { collectThread, statusIdOf } from './thread';

const PAGE = `https://x.com/kestrel_ops/status/${fx.threadHead.id}`;
let articles: Element[] = [];

beforeEach(() => {
  articles = showTweets([
    { ...fx.plain, id: '1840000000000000099', handle: 'kestrel_ops', name: ['Kestrel'] }, // an ancestor: not in the thread
    { ...fx.threadHead, focal: true },
    ...fx.threadReplies,
    fx.otherReply,
    fx.lateSelfReply,
  ]);
});

test('status ids from page URLs', () => {
  expect(statusIdOf(PAGE)).toBe(fx.threadHead.id);
  expect(statusIdOf('https://x.com/kestrel_ops/status/123/photo/1')).toBe('123');
  expect(statusIdOf('https://x.com/home')).toBeNull();
  expect(statusIdOf('not a url')).toBeNull();
});

test("the thread is the author's consecutive self-replies, in order, ending at someone else", () => {
  const t = collectThread(articles.slice(1).map(asSent), PAGE)!;
  expect(t.id).toBe(fx.threadHead.id);
  expect(t.thread!.map((r) => r.id)).toEqual(fx.threadReplies.map((r) => r.id));
  expect(t.thread!.map((r) => r.parts.map((p) => p.text).join(''))).toEqual([
    '1/ Start with a hypothesis you can falsify.',
    '2/ Tell support before, not after.',
    '3/ Write down what surprised you.',
  ]);
});

test('a tweet with no self-replies has no thread; nothing sent reads as null', () => {
  const t = collectThread(articles.slice(5).map(asSent), `https://x.com/mira_sre/status/${fx.otherReply.id}`)!;
  expect(t.id).toBe(fx.otherReply.id);
  expect(t.thread).toBeUndefined();
  expect(collectThread([], PAGE)).toBeNull();
});
