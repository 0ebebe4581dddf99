/**
 * User settings: typed, with defaults and versioned migrations (as webext-options-sync does). Pure: the storage
 * edge is src/settings/settings-storage.ts. A stored object from any earlier version, or garbage, comes out as a
 * complete current Settings.
 */
export interface ExportSettings {
  tweets: 'embed' | 'quote';
  timestamps: 'linked' | 'plain' | 'off';
  links: 'inline' | 'reference';
  heading: 'title' | 'speaker-title';
  frontMatter: boolean;
  /** The ` from [Channel](url)` after each watch link. */
  channel: boolean;
}

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
  export: {
    tweets: 'embed',
    timestamps: 'linked',
    links: 'inline',
    heading: 'title',
    frontMatter: true,
    channel: true,
  },
  capture: { rewindSeconds: 0, pauseWhileTyping: false },
};

type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/** migrations[n] turns version n into n + 1. Add one here with every change of shape. */
const migrations: Record<number, Migration> = {};

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
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
    export: {
      tweets: pick(e.tweets, ['embed', 'quote'], d.export.tweets),
      timestamps: pick(e.timestamps, ['linked', 'plain', 'off'], d.export.timestamps),
      links: pick(e.links, ['inline', 'reference'], d.export.links),
      heading: pick(e.heading, ['title', 'speaker-title'], d.export.heading),
      frontMatter: typeof e.frontMatter === 'boolean' ? e.frontMatter : d.export.frontMatter,
      channel: typeof e.channel === 'boolean' ? e.channel : d.export.channel,
    },
    capture: {
      rewindSeconds: Number.isFinite(rewind) ? Math.min(Math.max(Math.round(rewind), 0), 60) : d.capture.rewindSeconds,
      pauseWhileTyping: typeof c.pauseWhileTyping === 'boolean' ? c.pauseWhileTyping : d.capture.pauseWhileTyping,
    },
  };
}
