// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import type { PageContext } from '../src/model/context';
import type { Note, Post } from '../src/model/types';
import { PostContext } from './post-context';

afterEach(cleanup);

const tweet: Post = {
  network: 'x',
  id: '1840000000000000001',
  url: 'https://x.com/ada_builds/status/1840000000000000001',
  authorName: 'Ada',
  handle: 'ada_builds',
  time: '2025-09-18T09:12:30.000Z',
  lang: 'en',
  media: [],
  parts: [{ type: 'text', text: 'undo everything' }],
};
const context = (over: Partial<PageContext>): PageContext => ({
  tabId: 1,
  url: tweet.url,
  title: 'X',
  site: 'x',
  post: tweet,
  ...over,
});

function fakeAsk(clip: (comment: string) => unknown) {
  return vi.fn(async (_type: string, payload: { comment?: string }) => clip(payload.comment ?? '')) as never;
}

test('on a status page: shows the tweet and clips it with the comment in one step', async () => {
  const clipped: string[] = [];
  const ask = fakeAsk((comment) => {
    clipped.push(comment);
    return { note: {} as Note, duplicate: false, sectionTitle: 'Open Spaces' };
  });
  render(<PostContext ask={ask} context={context({})} />);
  await screen.findByRole('article', { name: 'Tweet by Ada (@ada_builds)' });
  fireEvent.input(screen.getByLabelText('Comment'), { target: { value: 'The line of the day' } });
  fireEvent.click(screen.getByRole('button', { name: 'Clip tweet' }));
  await screen.findByText('Clipped to Open Spaces.');
  expect(clipped).toEqual(['The line of the day']);
  expect(screen.getByLabelText<HTMLTextAreaElement>('Comment').value).toBe('');
});

test('a failure shows the reason and keeps the comment; a duplicate says the comment was not added', async () => {
  let answer: unknown = { error: 'The tweet was not clipped: disk full' };
  render(<PostContext ask={fakeAsk(() => answer)} context={context({})} />);
  fireEvent.input(await screen.findByLabelText('Comment'), { target: { value: 'keep me' } });
  fireEvent.click(screen.getByRole('button', { name: 'Clip tweet' }));
  await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The tweet was not clipped: disk full'));
  expect(screen.getByLabelText<HTMLTextAreaElement>('Comment').value).toBe('keep me');
  answer = { note: {}, duplicate: true };
  fireEvent.click(screen.getByRole('button', { name: 'Clip tweet' }));
  await screen.findByText(/Already clipped/);
});

test('nothing on pages that are not a tweet', async () => {
  const { container } = render(
    <PostContext ask={fakeAsk(() => null)} context={context({ site: 'youtube', post: undefined })} />,
  );
  expect(container.innerHTML).toBe('');
});

test('on a Bluesky post page: shows the post and clips it with the comment', async () => {
  const post: Post = {
    ...tweet,
    network: 'bluesky',
    id: '3mlniomjks2a2',
    url: 'https://bsky.app/profile/mira.bsky.social/post/3mlniomjks2a2',
    authorName: 'Mira',
    handle: 'mira.bsky.social',
  };
  const sent: unknown[] = [];
  const ask = vi.fn(async (_type: string, payload: unknown) => {
    sent.push(payload);
    return { note: {} as Note, sectionTitle: 'Hallway', duplicate: false };
  }) as never;
  render(<PostContext ask={ask} context={context({ site: 'bluesky', url: post.url, post })} />);
  await screen.findByRole('article', { name: 'Bluesky post by Mira (@mira.bsky.social)' });
  fireEvent.input(screen.getByLabelText('Comment'), { target: { value: 'Good one' } });
  fireEvent.click(screen.getByRole('button', { name: 'Clip post' }));
  await screen.findByText('Clipped to Hallway.');
  expect(sent).toEqual([{ post, comment: 'Good one' }]);
});
