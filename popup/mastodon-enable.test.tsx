// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { MastodonEnable } from './mastodon-enable';

afterEach(cleanup);

function fakeAsk(detected: unknown, enable: () => unknown = () => ({ value: { host: 'mastodon.social' } })) {
  const asked: [string, unknown][] = [];
  const ask = vi.fn(async (type: string, payload: unknown) => {
    asked.push([type, payload]);
    return type === 'mastodon/detect' ? detected : enable();
  });
  return { ask: ask as never, asked };
}

test("on an instance not enabled: the click asks for that origin's permission, then enables it", async () => {
  const { ask, asked } = fakeAsk({ origin: 'https://mastodon.social', enabled: false });
  const requestHost = vi.fn(async () => true);
  render(<MastodonEnable ask={ask} requestHost={requestHost} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Enable clipping on mastodon.social' }));
  expect(requestHost).toHaveBeenCalledWith('https://mastodon.social/*');
  await screen.findByText('Clipping enabled on mastodon.social: each post has a "Clip to session" button.');
  expect(asked.filter(([type]) => type === 'mastodon/enable').at(-1)).toEqual([
    'mastodon/enable',
    { origin: 'https://mastodon.social' },
  ]);
  expect(screen.queryByRole('button')).toBeNull();
});

test('a refused permission says clipping stays off, and the button stays', async () => {
  const { ask } = fakeAsk({ origin: 'https://mastodon.social', enabled: false });
  render(<MastodonEnable ask={ask} requestHost={async () => false} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Enable clipping on mastodon.social' }));
  expect((await screen.findByRole('alert')).textContent).toBe(
    'Confnotes was not allowed on mastodon.social: clipping stays off there.',
  );
  expect(screen.getByRole('button', { name: 'Enable clipping on mastodon.social' })).toBeTruthy();
});

test("the background's refusal is shown in its words", async () => {
  const { ask } = fakeAsk({ origin: 'https://mastodon.social', enabled: false }, () => ({
    error: 'Clipping was not enabled: quota',
  }));
  render(<MastodonEnable ask={ask} requestHost={async () => true} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Enable clipping on mastodon.social' }));
  expect((await screen.findByRole('alert')).textContent).toBe('Clipping was not enabled: quota');
});

test('an enabled instance says so; any other page shows nothing', async () => {
  const { ask } = fakeAsk({ origin: 'https://fosstodon.org', enabled: true });
  render(<MastodonEnable ask={ask} />);
  await screen.findByText('Clipping is on for fosstodon.org.');
  cleanup();
  const other = fakeAsk(null);
  const { container } = render(<MastodonEnable ask={other.ask} />);
  await vi.waitFor(() => expect(other.asked).toHaveLength(1));
  expect(container.textContent).toBe('');
});
