// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import type { PageContext } from '../src/model/context';
import type { Section } from '../src/model/types';
import type { Ask } from '../src/ui/page-deps';
import { PlaylistLink } from './playlist-link';

afterEach(cleanup);

const PLAYLIST = {
  site: 'youtube',
  url: 'https://www.youtube.com/playlist?list=PLdemoConf2026',
  title: 'Demo Conf 2026',
} as unknown as PageContext;
const talk = (id: string, title: string, source?: Section['source']): Section =>
  ({
    id,
    title,
    sessionId: 's',
    order: 1,
    speaker: '',
    createdAt: 0,
    updatedAt: 0,
    schedule: { talkId: id, title, status: 'confirmed' },
    ...(source ? { source } : {}),
  }) as unknown as Section;

const PLAN = {
  title: 'Demo Conf 2026',
  proposals: [
    {
      sectionId: 'a',
      sectionTitle: 'Opening',
      videoId: 'cnfDemo0003',
      videoTitle: 'Opening | Ada',
      index: 3,
      score: 1,
    },
    { sectionId: 'b', sectionTitle: 'Zones', videoId: 'cnfDemo0004', videoTitle: 'Zones!', index: 4, score: 0.9 },
  ],
  talksLeft: ['Talk C'],
  videosLeft: ['Sponsor message'],
};

it('shows nothing off a playlist page, or when every talk has its video', () => {
  const ask = vi.fn() as unknown as Ask;
  const { container, rerender } = render(
    <PlaylistLink context={null} ask={ask} sessionId="s" sections={[talk('a', 'Opening')]} />,
  );
  expect(container.textContent).toBe('');
  rerender(
    <PlaylistLink
      context={PLAYLIST}
      ask={ask}
      sessionId="s"
      sections={[talk('a', 'Opening', { kind: 'youtube', videoId: 'cnfDemo0003' })]}
    />,
  );
  expect(container.textContent).toBe('');
});

it('proposes the pairs ticked, links only those left ticked, and says what it did', async () => {
  const ask = vi.fn(async (type: string) =>
    type === 'playlist/match' ? { value: PLAN } : { value: { linked: 1, skipped: 0 } },
  ) as unknown as Ask;
  render(
    <PlaylistLink context={PLAYLIST} ask={ask} sessionId="s" sections={[talk('a', 'Opening'), talk('b', 'Zones')]} />,
  );
  fireEvent.click(screen.getByRole('button', { name: "Link the playlist's videos" }));
  const form = await screen.findByRole('form', { name: "Link the playlist's videos" });
  expect(form.textContent).toContain('No video for: Talk C');
  expect(form.textContent).toContain('No talk for: Sponsor message');
  const zones = screen.getByRole('checkbox', { name: 'Zones ← Zones! (#4)' });
  expect(zones).toHaveProperty('checked', true);
  fireEvent.click(zones);
  fireEvent.click(screen.getByRole('button', { name: 'Link 1 video' }));
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Linked 1 video to their talks.'));
  expect(ask).toHaveBeenLastCalledWith('playlist/link', {
    sessionId: 's',
    pairs: [{ sectionId: 'a', videoId: 'cnfDemo0003' }],
  });
});
