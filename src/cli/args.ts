/**
 * The `confnotes` command line, parsed without touching the file system: argv in, a typed command or one
 * error line out. Defaults are the options page's (DEFAULT_SETTINGS), so the CLI and the panel agree.
 */
import { DEFAULT_SETTINGS, type ExportSettings } from '../settings/settings';

export const HELP = `Usage: confnotes export <backup.json> [options]

Turns a Confnotes backup (the options page's "Export backup") into a Markdown writeup, on stdout by default.
Give - as the file to read the backup from standard input.

Options:
  --session <id or title>          the session to export (needed when the file holds several)
  --out <file>                     write the Markdown to this file instead of stdout
  --tweets embed|quote             tweets as Twitter's embed markup or as Markdown quotes (default: ${DEFAULT_SETTINGS.export.tweets})
  --timestamps linked|plain|off    note times linked to that moment of the video, plain, or left out (default: ${DEFAULT_SETTINGS.export.timestamps})
  --links inline|reference         links inline or as named references collected at the bottom (default: ${DEFAULT_SETTINGS.export.links})
  --heading title|speaker-title    section headings as "Title" or "Speaker – Title" (default: ${DEFAULT_SETTINGS.export.heading})
  --no-front-matter                leave out the YAML front matter (a "# Title" line starts the file instead)
  --no-channel                     leave out " from [Channel](url)" after each watch link
  -h, --help                       show this help

Exit status: 0 on success, 1 on any error (one line on stderr says what went wrong).
`;

export type Command =
  { kind: 'help' } | { kind: 'export'; file: string; session?: string; out?: string; settings: ExportSettings };

export type Parsed = Command | { kind: 'error'; message: string };

const CHOICES = {
  '--tweets': ['tweets', ['embed', 'quote']],
  '--timestamps': ['timestamps', ['linked', 'plain', 'off']],
  '--links': ['links', ['inline', 'reference']],
  '--heading': ['heading', ['title', 'speaker-title']],
} as const;

function isChoiceFlag(flag: string): flag is keyof typeof CHOICES {
  return Object.hasOwn(CHOICES, flag);
}

export function parseArgs(argv: readonly string[]): Parsed {
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
  const [command, ...rest] = argv;
  if (command === undefined)
    return { kind: 'error', message: 'no command given; try `confnotes export <backup.json>` or `confnotes --help`' };
  if (command !== 'export')
    return { kind: 'error', message: `unknown command "${command}"; the only command is "export" (see --help)` };
  const settings: ExportSettings = { ...DEFAULT_SETTINGS.export };
  let file: string | undefined;
  let session: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    // `--flag=value` and `--flag value` both work.
    const arg = rest[i] as string;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const takeValue = (): string | null => {
      if (eq > 0) return arg.slice(eq + 1);
      const next = rest[i + 1];
      if (next === undefined || next.startsWith('--')) return null;
      i += 1;
      return next;
    };
    if (flag === '--no-front-matter' && eq < 0) {
      settings.frontMatter = false;
    } else if (flag === '--no-channel' && eq < 0) {
      settings.channel = false;
    } else if (flag === '--session' || flag === '--out') {
      const value = takeValue();
      if (!value) return { kind: 'error', message: `${flag} needs a value` };
      if (flag === '--session') session = value;
      else out = value;
    } else if (isChoiceFlag(flag)) {
      const [key, allowed] = CHOICES[flag];
      const value = takeValue();
      if (value === null || !(allowed as readonly string[]).includes(value)) {
        return {
          kind: 'error',
          message: `${flag} must be ${allowed.join(' or ')}${value === null ? '' : `, not "${value}"`}`,
        };
      }
      (settings as Record<typeof key, string>)[key] = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      return { kind: 'error', message: `unknown option ${flag} (see --help)` };
    } else if (file === undefined) {
      file = arg;
    } else {
      return { kind: 'error', message: `unexpected argument "${arg}": give one backup file` };
    }
  }
  if (file === undefined) return { kind: 'error', message: 'no backup file given: confnotes export <backup.json>' };
  return { kind: 'export', file, session, out, settings };
}
