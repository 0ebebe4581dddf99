/**
 * The writeup's export choices, written once: each choice's values with the words the options page shows, its
 * command-line flag and help, and its default. The settings type (ExportSettings), the options page's controls
 * and the CLI's flags and help are all derived from this table, so a choice added here appears everywhere (and a
 * test checks each has its control and its flag). Pure.
 */

export const EXPORT_CHOICES = {
  tweets: {
    legend: 'Posts (X, Bluesky, Mastodon)',
    values: { embed: "Each network's embed markup", quote: 'Markdown quote' },
    default: 'embed',
    help: "clipped posts as their network's embed markup (X, Bluesky, Mastodon) or as Markdown quotes",
  },
  timestamps: {
    legend: 'Timestamps',
    values: { linked: 'Linked to the video moment', plain: 'Plain text', off: 'Off' },
    default: 'linked',
    help: 'note times linked to that moment of the video, plain, or left out',
  },
  links: {
    legend: 'Links',
    values: { inline: 'Inline', reference: 'Named references, listed at the end' },
    default: 'inline',
    help: 'links inline or as named references collected at the bottom',
  },
  heading: {
    legend: 'Talk headings',
    values: { title: 'Title', 'speaker-title': 'Speaker – Title' },
    default: 'title',
    help: 'section headings as "Title" or "Speaker – Title"',
  },
  /**
   * Snapshots in a Markdown-only writeup (Copy Markdown, Markdown only, the CLI to stdout), where no image file goes
   * with it: a link to the moment of the video they show, or left out. A zip (or the CLI's --out) carries the images.
   */
  images: {
    legend: 'Snapshots in Markdown without images (Copy Markdown, Markdown only)',
    values: { moment: 'A link to their moment in the video', omit: 'Left out (their caption stays)' },
    default: 'moment',
    help: 'snapshots in Markdown written without image files (stdout): linked to their moment, or left out',
  },
} as const;

/** Export choices that are on or off: a checkbox on the options page, a `--no-…` flag to turn one off. */
export const EXPORT_SWITCHES = {
  frontMatter: {
    label: 'Front matter (YAML header with title, date, tags)',
    default: true,
    flag: '--no-front-matter',
    help: 'leave out the YAML front matter (a "# Title" line starts the file instead)',
  },
  /** The ` from [Channel](url)` after each watch link. */
  channel: {
    label: 'The channel after each watch link (“from [Channel](…)”)',
    default: true,
    flag: '--no-channel',
    help: 'leave out " from [Channel](url)" after each watch link',
  },
} as const;

export type ExportChoice = keyof typeof EXPORT_CHOICES;
export type ExportSwitch = keyof typeof EXPORT_SWITCHES;

export type ExportSettings = { [K in ExportChoice]: keyof (typeof EXPORT_CHOICES)[K]['values'] } & {
  [K in ExportSwitch]: boolean;
};

/** The choices in the order the options page and the help list them. */
export const CHOICE_KEYS = Object.keys(EXPORT_CHOICES) as ExportChoice[];
export const SWITCH_KEYS = Object.keys(EXPORT_SWITCHES) as ExportSwitch[];

/** A choice's values in order, as the type has them. */
export function valuesOf<K extends ExportChoice>(key: K): ExportSettings[K][] {
  return Object.keys(EXPORT_CHOICES[key].values) as ExportSettings[K][];
}

/** A choice's flag: `--tweets`, `--timestamps`… (the key itself, as the CLI has always spelled them). */
export function flagOf(key: ExportChoice): string {
  return `--${key}`;
}

export const DEFAULT_EXPORT = Object.fromEntries([
  ...CHOICE_KEYS.map((key) => [key, EXPORT_CHOICES[key].default]),
  ...SWITCH_KEYS.map((key) => [key, EXPORT_SWITCHES[key].default]),
]) as ExportSettings;
