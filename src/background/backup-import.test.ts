/**
 * The import port's door: only this extension's own pages may open a backup import. A content script carries our
 * id too but runs in a web page, so the URL decides; a port of another name is left to its own listener.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { freshStore } from '../store/test-support';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const listeners: ((port: Runtime.Port) => void)[] = [];

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: ID,
      getURL: (path: string) => `${ORIGIN}${path}`,
      onConnect: { addListener: (listener: (port: Runtime.Port) => void) => listeners.push(listener) },
    },
  },
}));
const database = vi.fn(async () => (await freshStore()).db);
vi.mock('./store', () => ({ backgroundDatabase: () => database() }));
vi.mock('./announce', () => ({ announcements: { announce: vi.fn() } }));
const { listenForImports } = await import('./backup-import');
const { IMPORT_PORT } = await import('../messages');

interface FakePort {
  port: Runtime.Port;
  sent: unknown[];
  disconnected: boolean;
  /** A message from the page, as the port would deliver it. */
  deliver: (message: unknown) => void;
}

function connect(sender: Runtime.MessageSender | undefined, name = IMPORT_PORT): FakePort {
  const onMessage: ((message: unknown) => void)[] = [];
  const fake: FakePort = { port: undefined as never, sent: [], disconnected: false, deliver: () => {} };
  fake.port = {
    name,
    sender,
    postMessage: (message: unknown) => fake.sent.push(message),
    disconnect: () => {
      fake.disconnected = true;
    },
    onMessage: { addListener: (listener: (message: unknown) => void) => onMessage.push(listener) },
    onDisconnect: { addListener: () => {} },
  } as unknown as Runtime.Port;
  fake.deliver = (message) => onMessage.forEach((listener) => listener(message));
  for (const listener of listeners) listener(fake.port);
  return fake;
}

describe('the backup import port', () => {
  beforeEach(() => {
    listeners.length = 0;
    database.mockClear();
    listenForImports();
  });

  it('takes an import from our own options page and answers on its port', () => {
    const page = connect({ id: ID, url: `${ORIGIN}options/index.html` });
    expect(page.disconnected).toBe(false);
    page.deliver({ type: 'begin', records: 1 });
    page.deliver({ type: 'cancel' });
    expect(page.sent).toEqual([{ type: 'cancelled' }]);
  });

  it('shuts the port on a content script, which carries our id but runs in a web page', () => {
    const script = connect({ id: ID, url: 'https://x.com/home', tab: { id: 3 } as never });
    expect(script.disconnected).toBe(true);
    script.deliver({ type: 'begin', records: 1 });
    script.deliver({ type: 'commit' });
    expect(script.sent).toEqual([]);
    expect(database).not.toHaveBeenCalled();
  });

  it('shuts the port on another extension, a page copying our path, or no sender at all', () => {
    for (const sender of [
      { id: 'other', url: `${ORIGIN}options/index.html` },
      { id: 'other', url: 'chrome-extension://other/options/index.html' },
      { id: ID },
      undefined,
    ]) {
      const port = connect(sender);
      expect(port.disconnected, JSON.stringify(sender)).toBe(true);
      port.deliver({ type: 'begin', records: 0 });
      port.deliver({ type: 'commit' });
      expect(port.sent).toEqual([]);
    }
    expect(database).not.toHaveBeenCalled();
  });

  it('leaves ports of other names alone', () => {
    const other = connect({ id: 'other', url: 'https://x.com/home' }, 'something-else');
    expect(other.disconnected).toBe(false);
    other.deliver({ type: 'begin', records: 0 });
    expect(other.sent).toEqual([]);
  });
});
