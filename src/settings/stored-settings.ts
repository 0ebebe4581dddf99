/**
 * Settings and the remembered selection in an extension storage area, with the area passed in so that this runs
 * and is tested in Node; src/settings/settings-storage.ts binds it to browser.storage. Everything read goes
 * through normalizeSettings / readSelection, so a value from an older version or a broken one comes out usable.
 */
import type { Selection } from '../model/context';
import { normalizeSettings, type Settings } from './settings';

export const SETTINGS_KEY = 'settings';
export const SELECTION_KEY = 'selection';

/** The parts of `browser.storage.local` used here. */
export interface StorageAreaLike {
  get: (keys: string) => Promise<Record<string, unknown>>;
  set: (items: Record<string, unknown>) => Promise<void>;
}

type ChangeListener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, areaName: string) => void;

/** The parts of `browser.storage.onChanged` used here. */
export interface StorageEventsLike {
  addListener: (listener: ChangeListener) => void;
  removeListener: (listener: ChangeListener) => void;
}

/** A stored selection, or none: ids are non-empty strings or null. */
export function readSelection(value: unknown): Selection {
  const raw = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const id = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  const sessionId = id(raw.sessionId);
  // A section without its session means nothing.
  return { sessionId, sectionId: sessionId ? id(raw.sectionId) : null };
}

export function settingsStorage(area: StorageAreaLike, events: StorageEventsLike) {
  async function loadSettings(): Promise<Settings> {
    return normalizeSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
  }

  function watch<T>(key: string, read: (value: unknown) => T, callback: (value: T) => void): () => void {
    const listener: ChangeListener = (changes, areaName) => {
      const change = changes[key];
      if (areaName === 'local' && change) callback(read(change.newValue));
    };
    events.addListener(listener);
    return () => events.removeListener(listener);
  }

  return {
    loadSettings,

    saveSettings: async (settings: Settings): Promise<Settings> => {
      const clean = normalizeSettings(settings);
      await area.set({ [SETTINGS_KEY]: clean });
      return clean;
    },

    /** Run by the background on install and update: stores the migrated settings when their shape changed. */
    migrateSettings: async (): Promise<Settings> => {
      const stored = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
      const clean = normalizeSettings(stored);
      if (JSON.stringify(stored) !== JSON.stringify(clean)) await area.set({ [SETTINGS_KEY]: clean });
      return clean;
    },

    /** Calls back with the complete new settings whenever any context saves them; returns the unsubscribe. */
    onSettingsChanged: (callback: (settings: Settings) => void): (() => void) => {
      return watch(SETTINGS_KEY, normalizeSettings, callback);
    },

    loadSelection: async (): Promise<Selection> => {
      return readSelection((await area.get(SELECTION_KEY))[SELECTION_KEY]);
    },

    saveSelection: async (selection: Selection): Promise<void> => {
      await area.set({ [SELECTION_KEY]: readSelection(selection) });
    },

    onSelectionChanged: (callback: (selection: Selection) => void): (() => void) => {
      return watch(SELECTION_KEY, readSelection, callback);
    },
  };
}
