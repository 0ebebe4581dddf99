// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { MastodonInstances } from './mastodon-instances';

afterEach(cleanup);

function fakeBackground(initial: string[], removal: (origin: string) => unknown = () => ({ value: null })) {
  let origins = [...initial];
  return vi.fn(async (type: string, payload: { origin?: string }) => {
    if (type === 'mastodon/instances') return { origins };
    const answer = removal(payload.origin!);
    if (!(answer as { error?: string }).error) origins = origins.filter((o) => o !== payload.origin);
    return answer;
  }) as never;
}

test('lists the enabled instances; Remove takes one away and says so', async () => {
  render(<MastodonInstances ask={fakeBackground(['https://fosstodon.org', 'https://mastodon.social'])} />);
  const list = await screen.findByRole('list', { name: 'Enabled instances' });
  expect(
    within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(['fosstodon.org Remove', 'mastodon.social Remove']);
  fireEvent.click(screen.getByRole('button', { name: 'Remove mastodon.social' }));
  await screen.findByText('Clipping removed from mastodon.social.');
  expect(
    within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(['fosstodon.org Remove']);
});

test('none enabled says so; a refused removal is shown in its words and the instance stays', async () => {
  render(<MastodonInstances ask={fakeBackground([])} />);
  await screen.findByText('No instance is enabled.');
  cleanup();
  render(
    <MastodonInstances
      ask={fakeBackground(['https://mastodon.social'], () => ({ error: 'The instance was not removed: busy' }))}
    />,
  );
  fireEvent.click(await screen.findByRole('button', { name: 'Remove mastodon.social' }));
  await screen.findByText('The instance was not removed: busy');
  expect(screen.getByRole('button', { name: 'Remove mastodon.social' })).toBeTruthy();
});
