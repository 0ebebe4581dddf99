// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { sizeText, StorageUsage } from './storage-usage';

afterEach(cleanup);

it('says what the browser reports stored and, apart, the snapshots', async () => {
  const estimate = async () => ({ usage: 5 * 1024 * 1024, quota: 2 * 1024 ** 3 });
  render(<StorageUsage source={{ estimate, images: async () => ({ count: 2, bytes: 300 * 1024 }) }} />);
  expect(
    await screen.findByText('Confnotes stores 5.0 MB of the 2.0 GB the browser allows; of that, 2 snapshots: 300 KB.'),
  ).toBeTruthy();
});

it('says when it cannot measure', async () => {
  const estimate = () => Promise.reject(new Error('no storage manager'));
  render(<StorageUsage source={{ estimate, images: async () => ({ count: 0, bytes: 0 }) }} />);
  expect(await screen.findByText('The storage used could not be measured: no storage manager')).toBeTruthy();
  expect(sizeText(12)).toBe('12 bytes');
});
