// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReadImageContext, SnapshotThumb, type ReadImage } from '../../../panel/snapshot-thumb';
import { keepFreshThumb } from '../../../src/ui/fresh-thumbs';
import type { ImageRef } from '../../../src/model/types';

const REF: ImageRef = { id: 'img-1', width: 1920, height: 1080, mime: 'image/webp' };
const full = new Blob([new Uint8Array(4000)], { type: 'image/webp' });
const thumb = { bytes: new Uint8Array([1, 2, 3]).buffer, width: 320, height: 180, mime: 'image/webp' as const };

/** Object URLs as jsdom has none: each names the Blob's size, and the revoked ones are listed. */
let revoked: string[] = [];
beforeEach(() => {
  revoked = [];
  let n = 0;
  URL.createObjectURL = (blob: Blob) => `blob:test/${++n}-${blob.size}`;
  URL.revokeObjectURL = (url: string) => void revoked.push(url);
});
afterEach(cleanup);

function show(read: ReadImage) {
  return render(
    <ReadImageContext.Provider value={read}>
      <SnapshotThumb image={REF} />
    </ReadImageContext.Provider>,
  );
}

const picture = () => screen.getByRole<HTMLImageElement>('img', { name: 'Snapshot, 1920×1080' });
const link = () => screen.getByRole<HTMLAnchorElement>('link', { name: 'Snapshot, 1920×1080: open the full image' });

describe('a snapshot thumbnail', () => {
  it('shows the stored thumbnail, not the full image, and links the full image', async () => {
    show(async () => ({ blob: full, thumb }));
    await waitFor(() => expect(picture().getAttribute('src')).toBe('blob:test/2-3'));
    expect(link().getAttribute('href')).toBe('blob:test/1-4000');
  });

  it('shows the full image for an image kept before thumbnails', async () => {
    show(async () => ({ blob: full }));
    await waitFor(() => expect(picture().getAttribute('src')).toMatch(/-4000$/));
    expect(link().getAttribute('href')).toMatch(/-4000$/);
  });

  it('shows the thumbnail its announcement brought at once, before the read, and only once', async () => {
    keepFreshThumb(REF.id, 'data:image/webp;base64,AQID');
    let answer: (value: { blob: Blob; thumb?: typeof thumb }) => void = () => undefined;
    const { unmount } = show(() => new Promise((resolve) => (answer = resolve)));
    expect(picture().getAttribute('src')).toBe('data:image/webp;base64,AQID');
    answer({ blob: full, thumb });
    await waitFor(() => expect(link().getAttribute('href')).toBe('blob:test/1-4000'));
    expect(picture().getAttribute('src')).toBe('data:image/webp;base64,AQID');
    unmount();
    expect(revoked).toEqual(['blob:test/1-4000']);
    // Shown again (scrolled away and back, the panel reopened): read from the store.
    show(async () => ({ blob: full, thumb }));
    expect(screen.queryByRole('img')).toBeNull();
    await waitFor(() => expect(picture().getAttribute('src')).toMatch(/-3$/));
  });

  it('says so when the image is no longer kept, and revokes what it made when it goes', async () => {
    const { unmount } = show(async () => ({ blob: full, thumb }));
    await waitFor(() => picture());
    unmount();
    expect(revoked.sort()).toEqual(['blob:test/1-4000', 'blob:test/2-3']);
    show(async () => undefined);
    await screen.findByText("The snapshot's image is no longer kept.");
  });
});
