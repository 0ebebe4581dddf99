import { afterEach, describe, expect, it, vi } from 'vitest';
import { listenForBackupFiles } from './backup-files';

const ORIGIN = 'chrome-extension://abc';

function worker() {
  let listener: ((event: unknown) => void) | null = null;
  const scope = { addEventListener: (_: 'message', l: (event: never) => void) => (listener = l as never) };
  const take = listenForBackupFiles(scope, `${ORIGIN}/`);
  const post = (data: unknown, from: { origin?: string; url?: string; type?: string } = {}) =>
    listener!({
      origin: from.origin ?? ORIGIN,
      source: { url: from.url ?? `${ORIGIN}/options/index.html`, type: from.type ?? 'window' },
      data,
      waitUntil: () => undefined,
    });
  return { take, post };
}

const file = (text: string) => ({ type: 'backup/file', token: 't', file: new Blob([text]) });

describe('backup files posted to the service worker', () => {
  afterEach(() => vi.useRealTimers());

  it("gives a file's text to the port asking with its token, whichever comes first, once", async () => {
    const first = worker();
    first.post(file('posted first'));
    expect(await first.take('t')).toBe('posted first');
    const asked = first.take('t');
    first.post(file('asked first'));
    expect(await asked).toBe('asked first');
  });

  it('takes files only from a page of this extension, and only files', async () => {
    vi.useFakeTimers();
    const { take, post } = worker();
    const asked = take('t');
    const refused = expect(asked).rejects.toThrow('the file did not reach the background; try again');
    post(file('from a web page'), { origin: 'https://x.com', url: 'https://x.com/' });
    post(file('from another origin'), { url: 'chrome-extension://other/options/index.html' });
    post(file('from a worker'), { type: 'worker' });
    post({ type: 'backup/file', token: 't', file: 'not a Blob' });
    post({ type: 'backup/other', token: 't', file: new Blob(['x']) });
    await vi.advanceTimersByTimeAsync(60_000);
    await refused;
  });

  it('forgets a file nobody asked for within a minute', async () => {
    vi.useFakeTimers();
    const { take, post } = worker();
    post(file('left'));
    await vi.advanceTimersByTimeAsync(61_000);
    const asked = take('t');
    const refused = expect(asked).rejects.toThrow(/did not reach/);
    await vi.advanceTimersByTimeAsync(60_000);
    await refused;
  });
});
