/**
 * User settings: typed, with defaults and versioned migrations (as webext-options-sync does). Pure: the storage
 * edge is src/settings/settings-storage.ts. A stored object from any earlier version, or garbage, comes out as a
 * complete current Settings.
 */
import { CHOICE_KEYS, DEFAULT_EXPORT, SWITCH_KEYS, valuesOf, type ExportSettings } from './export-choices';

export type { ExportSettings } from './export-choices';

export interface CaptureSettings {
  /** Seconds subtracted from a note's timestamp for reaction time. */
  rewindSeconds: number;
  /** Pause the video while a note is typed, resume on save. */
  pauseWhileTyping: boolean;
}

export interface Settings {
  version: number;
  export: ExportSettings;
  capture: CaptureSettings;
}

export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  export: DEFAULT_EXPORT,
  capture: { rewindSeconds: 0, pauseWhileTyping: false },
};

type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/** migrations[n] turns version n into n + 1. Add one here with every change of shape. */
const migrations: Record<number, Migration> = {};

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Each export choice checked against the table's values, each switch a boolean; anything else its default. */
function exportSettings(e: Partial<Record<keyof ExportSettings, unknown>>): ExportSettings {
  const out: Record<string, unknown> = {};
  for (const key of CHOICE_KEYS) out[key] = pick(e[key], valuesOf(key), DEFAULT_EXPORT[key]);
  for (const key of SWITCH_KEYS) out[key] = typeof e[key] === 'boolean' ? e[key] : DEFAULT_EXPORT[key];
  return out as ExportSettings;
}

/** Any stored value in, complete current settings out: migrates old versions, then fills and checks each field. */
export function normalizeSettings(stored: unknown): Settings {
  let raw: Record<string, unknown> = typeof stored === 'object' && stored !== null ? { ...stored } : {};
  let version = typeof raw.version === 'number' ? raw.version : SETTINGS_VERSION;
  while (version < SETTINGS_VERSION) {
    raw = migrations[version]?.(raw) ?? raw;
    version += 1;
  }
  const ex = (typeof raw.export === 'object' && raw.export) || {};
  const cap = (typeof raw.capture === 'object' && raw.capture) || {};
  const d = DEFAULT_SETTINGS;
  const e = ex as Partial<Record<keyof ExportSettings, unknown>>;
  const c = cap as Partial<Record<keyof CaptureSettings, unknown>>;
  const rewind = Number(c.rewindSeconds);
  return {
    version: SETTINGS_VERSION,
    export: exportSettings(e),
    capture: {
      rewindSeconds: Number.isFinite(rewind) ? Math.min(Math.max(Math.round(rewind), 0), 60) : d.capture.rewindSeconds,
      pauseWhileTyping: typeof c.pauseWhileTyping === 'boolean' ? c.pauseWhileTyping : d.capture.pauseWhileTyping,
    },
  };
}
