// @vitest-environment jsdom
/** The message from the content script: what a page can send, and what the background makes of it. */
import { expect, test } from 'vitest';
import { showTweets } from '../../../support/fixtures/x/read';
import * as fx from '../../../support/fixtures/x/tweets';
import { readCapture } from './capture';
import { fromSnapshot, snapshot } from './snapshot';

const PAGE = 'https://x.com/search?q=%23FjordOps';

test('a snapshot keeps the markup the parsers read, and leaves out scripts and our own button', () => {
  const [article] = showTweets([fx.plain]);
  article!.insertAdjacentHTML('beforeend', '<script>alert(1)</script><span data-confnotes="clip">Clip</span>');
  const snap = JSON.stringify(snapshot(article!));
  expect(snap).not.toContain('alert(1)');
  expect(snap).not.toContain('Clip');
  expect(snap).toContain('"data-testid":"tweetText"');
  expect(readCapture({ pageUrl: PAGE, articles: [JSON.parse(snap)] })).toMatchObject({
    id: fx.plain.id,
    handle: 'ada_builds',
  });
});

test('a capture that is not one, or from a page that is not X, reads as null', () => {
  const [article] = showTweets([fx.plain]);
  const articles = [snapshot(article!)];
  expect(readCapture({ pageUrl: 'https://evil.example/ada_builds/status/1', articles })).toBeNull();
  expect(readCapture({ pageUrl: 'javascript:alert(1)', articles })).toBeNull();
  expect(readCapture({ pageUrl: PAGE, articles: 'x' })).toBeNull();
  expect(readCapture(null)).toBeNull();
  expect(readCapture({ pageUrl: PAGE, articles: [['article', null], 7, ['div', {}, { bad: 1 }]] })).toBeNull();
});

test('a rebuilt tree drops unknown attributes and malformed children, and is capped in size', () => {
  const tree = fromSnapshot(['DIV', { onclick: 'x', 'data-testid': 'tweetText', href: 7 }, 'a', ['b', {}], 42, ['i']])!;
  expect(tree.localName).toBe('div');
  expect(tree.getAttribute('onclick')).toBeNull();
  expect(tree.getAttribute('href')).toBeNull();
  expect(tree.getAttribute('data-testid')).toBe('tweetText');
  expect(tree.childNodes).toHaveLength(2);
  const deep = Array.from({ length: 1000 }).reduce<unknown>((inner) => ['div', {}, inner], 'x');
  expect(() => fromSnapshot(deep)).not.toThrow();
});
