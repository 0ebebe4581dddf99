import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import {
  SELECTION_KEY,
  SETTINGS_KEY,
  settingsStorage,
  type StorageAreaLike,
  type StorageEventsLike,
} from './stored-settings';

/** An in-memory storage area that behaves like browser.storage.local: values are cloned, changes are announced. */
function memoryArea(initial: Record<string, unknown> = {}) {
  const data = new Map(Object.entries(structuredClone(initial)));
  const listeners = new Set<Parameters<StorageEventsLike['addListener']>[0]>();
  let writes = 0;
  const area: StorageAreaLike = {
    async get(key) {
      return data.has(key) ? { [key]: structuredClone(data.get(key)) } : {};
    },
    async set(items) {
      writes += 1;
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [key, value] of Object.entries(structuredClone(items))) {
        changes[key] = { oldValue: data.get(key), newValue: value };
        data.set(key, value);
      }
      for (const listener of listeners) listener(changes, 'local');
    },
  };
  const events: StorageEventsLike = {
    addListener: (l) => listeners.add(l),
    removeListener: (l) => listeners.delete(l),
  };
  return { area, events, data, writes: () => writes, listeners };
}

describe('stored settings', () => {
  it('reads defaults when nothing is stored, and what was saved after', async () => {
    const mem = memoryArea();
    const s = settingsStorage(mem.area, mem.events);
    expect(await s.loadSettings()).toEqual(DEFAULT_SETTINGS);
    const wanted: Settings = { ...DEFAULT_SETTINGS, export: { ...DEFAULT_SETTINGS.export, tweets: 'quote' } };
    await s.saveSettings(wanted);
    expect(await s.loadSettings()).toEqual(wanted);
  });

  it('normalises what it saves and what it reads', async () => {
    const mem = memoryArea({ [SETTINGS_KEY]: { export: { tweets: 'bogus' }, capture: { rewindSeconds: 999 } } });
    const s = settingsStorage(mem.area, mem.events);
    const read = await s.loadSettings();
    expect(read.export.tweets).toBe('embed');
    expect(read.capture.rewindSeconds).toBe(60);
    const saved = await s.saveSettings({ ...read, capture: { ...read.capture, rewindSeconds: -5 } });
    expect(saved.capture.rewindSeconds).toBe(0);
    expect(mem.data.get(SETTINGS_KEY)).toEqual(saved);
  });

  it('migrates stored settings on install or update, writing only when they changed', async () => {
    const mem = memoryArea({ [SETTINGS_KEY]: { version: 0, export: { links: 'reference' } } });
    const s = settingsStorage(mem.area, mem.events);
    const migrated = await s.migrateSettings();
    expect(migrated.export.links).toBe('reference');
    expect(mem.data.get(SETTINGS_KEY)).toEqual(migrated);
    expect(mem.writes()).toBe(1);
    await s.migrateSettings();
    expect(mem.writes()).toBe(1);
  });

  it('tells listeners the complete new settings, and stops when unsubscribed', async () => {
    const mem = memoryArea();
    const s = settingsStorage(mem.area, mem.events);
    const seen: Settings[] = [];
    const stop = s.onSettingsChanged((settings) => seen.push(settings));
    await s.saveSelection({ sessionId: 'a', sectionId: null }); // another key: not a settings change
    await s.saveSettings({ ...DEFAULT_SETTINGS, capture: { rewindSeconds: 3, pauseWhileTyping: true } });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.capture).toEqual({ rewindSeconds: 3, pauseWhileTyping: true });
    stop();
    expect(mem.listeners.size).toBe(0);
  });
});

describe('remembered selection', () => {
  it('is empty at first and remembers the session and section', async () => {
    const mem = memoryArea();
    const s = settingsStorage(mem.area, mem.events);
    expect(await s.loadSelection()).toEqual({ sessionId: null, sectionId: null });
    await s.saveSelection({ sessionId: 's1', sectionId: 'x1' });
    expect(await s.loadSelection()).toEqual({ sessionId: 's1', sectionId: 'x1' });
  });

  it('reads a broken stored value as no selection, and a section without session as none', async () => {
    for (const stored of ['junk', null, { sessionId: 5 }, { sessionId: '', sectionId: 'x' }, { sectionId: 'x' }]) {
      const mem = memoryArea({ [SELECTION_KEY]: stored });
      expect(await settingsStorage(mem.area, mem.events).loadSelection()).toEqual({ sessionId: null, sectionId: null });
    }
  });

  it('announces selection changes made elsewhere', async () => {
    const mem = memoryArea();
    const s = settingsStorage(mem.area, mem.events);
    const seen: unknown[] = [];
    s.onSelectionChanged((selection) => seen.push(selection));
    await s.saveSelection({ sessionId: 's2', sectionId: null });
    expect(seen).toEqual([{ sessionId: 's2', sectionId: null }]);
  });
});
