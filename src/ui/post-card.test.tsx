// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import type { Post } from '../model/types';
import { httpHref, PostCard } from './post-card';

afterEach(cleanup);

const base: Post = {
  network: 'x',
  id: '1840000000000000005',
  url: 'https://x.com/noor_dev/status/1840000000000000005',
  authorName: '<b>Noor</b>',
  handle: 'noor_dev',
  time: '2025-09-18T23:30:00.000Z',
  lang: 'en',
  media: [],
  parts: [
    { type: 'text', text: '<script>alert(1)</script></blockquote> **md** ' },
    { type: 'url', text: 'evil', href: 'javascript:alert(1)', expanded: 'javascript:alert(2)' },
    { type: 'text', text: ' ' },
    { type: 'url', text: 'example.org/x…', href: 'https://t.co/abc', expanded: 'https://example.org/x/y' },
    { type: 'mention', text: '@kestrel_ops', handle: 'kestrel_ops' },
    { type: 'hashtag', text: '#FjordOps', tag: 'FjordOps' },
    { type: 'hashtag', text: '#Fjord Ops', tag: 'Fjord Ops' },
    { type: 'emoji', text: '👩🏽‍💻' },
  ],
};

test('captured text stays text and only http(s) links we build are links', () => {
  const { container } = render(<PostCard post={base} />);
  expect(container.querySelector('script, b')).toBeNull();
  expect(container.textContent).toContain('<script>alert(1)</script></blockquote> **md** evil example.org/x…');
  expect(container.textContent).toContain('<b>Noor</b>');
  const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
  expect(hrefs).toEqual([
    'https://x.com/noor_dev/status/1840000000000000005',
    'https://example.org/x/y',
    'https://x.com/kestrel_ops',
    'https://x.com/hashtag/FjordOps',
  ]);
  // A tag with a space is not one X links: it stays text, as in the export.
  expect(container.textContent).toContain('#Fjord Ops');
  expect(screen.getByRole('article', { name: 'Tweet by <b>Noor</b> (@noor_dev)' })).toBeTruthy();
  expect(container.textContent).toContain('September 18, 2025');
});

test('quoted tweet, thread, media and the incomplete mark', () => {
  const tweet: Post = {
    ...base,
    parts: [{ type: 'text', text: 'head' }],
    incomplete: true,
    media: [
      { type: 'photo', url: 'https://pbs.twimg.com/media/a?name=orig', alt: 'a hallway' },
      { type: 'card', url: 'javascript:x', image: 'data:x', title: 'T' },
    ],
    quoted: {
      ...base,
      id: '',
      url: '',
      authorName: 'Ada',
      handle: 'ada_builds',
      parts: [{ type: 'text', text: 'quoted words' }],
    },
    thread: [{ ...base, id: '2', parts: [{ type: 'text', text: '1/ next' }] }],
  };
  const { container } = render(<PostCard post={tweet} />);
  expect(screen.getByRole('article', { name: 'Quoted tweet by Ada (@ada_builds)' }).textContent).toContain(
    'quoted words',
  );
  expect(screen.getByRole('list', { name: 'Rest of the thread' }).textContent).toBe('1/ next');
  expect(screen.getByRole('link', { name: 'Photo: a hallway' }).getAttribute('href')).toBe(
    'https://pbs.twimg.com/media/a?name=orig',
  );
  expect(container.textContent).toContain('Link: T');
  expect(screen.queryByRole('link', { name: 'Link: T' })).toBeNull();
  expect(container.textContent).toContain('Incomplete');
});

test('helpers', () => {
  expect(httpHref('JavaScript:alert(1)')).toBeUndefined();
  expect(httpHref('https://example.org/a b')).toBe('https://example.org/a%20b');
});

test('a Bluesky post names its network, shows its content warning first and links by Bluesky’s rules', () => {
  const post: Post = {
    ...base,
    network: 'bluesky',
    id: '3lbwd3k2qzc2a',
    url: 'https://bsky.app/profile/noor.dev/post/3lbwd3k2qzc2a',
    handle: 'noor.dev',
    warning: 'Graphic <b>media</b>',
    parts: [
      { type: 'mention', text: '@kestrel.bsky.social', handle: 'kestrel.bsky.social' },
      { type: 'hashtag', text: ' #FjordOps', tag: 'FjordOps' },
    ],
  };
  const { container } = render(<PostCard post={post} />);
  const card = screen.getByRole('article', { name: 'Bluesky post by <b>Noor</b> (@noor.dev)' });
  expect(card.textContent).toMatch(/^Bluesky · <b>Noor<\/b> @noor\.dev/);
  expect(container.querySelector('.post-cw')?.textContent).toBe('Content warning: Graphic <b>media</b>');
  expect(container.querySelector('b')).toBeNull();
  expect([...container.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
    'https://bsky.app/profile/noor.dev/post/3lbwd3k2qzc2a',
    'https://bsky.app/profile/kestrel.bsky.social',
    'https://bsky.app/hashtag/FjordOps',
  ]);
});

test("a Bluesky post's link card names its site; a Mastodon poll shows each choice's result and votes, and until when", () => {
  const card: Post = {
    ...base,
    network: 'bluesky',
    id: '3mlnjclidoza2',
    handle: 'kit.example.com',
    url: 'https://bsky.app/profile/kit.example.com/post/3mlnjclidoza2',
    parts: [],
    media: [
      { type: 'card', url: 'https://www.fjordops.example/r', title: 'Rollbacks', domain: 'fjordops.example' },
      { type: 'video', url: 'https://bsky.app/profile/kit.example.com/post/3mlnjclidoza2', alt: 'The undo' },
    ],
  };
  const { container, unmount } = render(<PostCard post={card} />);
  expect([...container.querySelectorAll('.post-list a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
    ['Link: Rollbacks (fjordops.example)', 'https://www.fjordops.example/r'],
    ['Video: The undo', 'https://bsky.app/profile/kit.example.com/post/3mlnjclidoza2'],
  ]);
  unmount();
  const poll: Post = {
    ...base,
    network: 'mastodon',
    id: '113562000000000001',
    handle: 'ada@mastodon.social',
    url: 'https://mastodon.social/@ada/113562000000000001',
    poll: {
      options: [
        { label: 'Flags', percent: 60, votes: 15 },
        { label: 'Migrations', percent: 40, votes: 10 },
      ],
      votes: '25 people',
      status: '2 days left',
      closed: false,
      ends: '2025-09-20T09:45:00.000Z',
    },
  };
  render(<PostCard post={poll} />);
  expect(screen.getByRole('list', { name: 'Poll' }).textContent).toBe(
    'Flags: 60% (15 votes)Migrations: 40% (10 votes)25 people · open until September 20, 2025',
  );
});
