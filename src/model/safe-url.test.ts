import { expect, test } from 'vitest';
import { LIMITS } from './limits';
import { safeHttpUrl, storableHttpUrl } from './safe-url';

test.each([
  ['https://example.org/a?b=1#c', 'https://example.org/a?b=1#c'],
  ['http://example.org/', 'http://example.org/'],
  ['HTTPS://Example.ORG', 'https://example.org/'],
  ['  https://example.org/a  ', 'https://example.org/a'],
  ['https://example.org/a b"<c>', 'https://example.org/a%20b%22%3Cc%3E'],
  ['https://example.org/a\n/b\t', 'https://example.org/a/b'],
  ['https://example.org/\u0000a\u0007b\u009f', 'https://example.org/ab'],
  ['https://en.wikipedia.org/wiki/Foo_(bar)', 'https://en.wikipedia.org/wiki/Foo_(bar)'],
  ['https://例え.jp/パス', 'https://xn--r8jz45g.jp/%E3%83%91%E3%82%B9'],
])('%j is the address %j', (raw, href) => {
  expect(safeHttpUrl(raw)).toBe(href);
});

test.each([
  'javascript:alert(1)',
  ' JavaScript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'ftp://example.org/',
  'mailto:someone@example.org',
  'blob:https://example.org/1',
  'chrome-extension://abc/panel.html',
  'not a url',
  '//example.org/a',
  '/a/b',
  'https://[bad',
  'http://',
  '',
  '   ',
])('%j is not an http(s) address', (raw) => {
  expect(safeHttpUrl(raw)).toBeNull();
});

test('only strings are addresses', () => {
  for (const value of [undefined, null, 42, {}, ['https://example.org/'], new URL('https://example.org/')]) {
    expect(safeHttpUrl(value)).toBeNull();
  }
});

test('a relative address resolves against the page it came from, and still only to http(s)', () => {
  const page = 'https://x.com/speaker/status/1';
  expect(safeHttpUrl('/speaker/status/1/photo/1', page)).toBe('https://x.com/speaker/status/1/photo/1');
  expect(safeHttpUrl('//pbs.twimg.com/media/a.jpg', page)).toBe('https://pbs.twimg.com/media/a.jpg');
  expect(safeHttpUrl('https://t.co/abc', page)).toBe('https://t.co/abc');
  expect(safeHttpUrl('javascript:alert(1)', page)).toBeNull();
  expect(safeHttpUrl('data:image/png;base64,AAAA', page)).toBeNull();
  expect(safeHttpUrl('', page)).toBeNull();
  expect(safeHttpUrl('/a', 'chrome-extension://abc/panel.html')).toBeNull();
});

test('what it returns, it returns again, and the backup schema accepts', () => {
  for (const raw of ['HTTPS://Example.ORG', 'https://example.org/a b', 'http://example.org/\u00a0x']) {
    const href = safeHttpUrl(raw)!;
    expect(safeHttpUrl(href)).toBe(href);
    expect(href).toMatch(/^https?:\/\/[^\s]+$/);
  }
});

test('a stored address is also within the backup schema bound', () => {
  const long = `https://example.org/${'a'.repeat(LIMITS.url)}`;
  expect(storableHttpUrl(long)).toBeNull();
  expect(storableHttpUrl('https://example.org/a')).toBe('https://example.org/a');
  expect(storableHttpUrl('javascript:alert(1)')).toBeNull();
});
