/**
 * The `confnotes` command line, parsed without touching the file system: argv in, a typed command or one
 * error line out. The export flags, their help and their defaults come from the options page's own table
 * (src/settings/export-choices.ts), so the CLI and the panel agree.
 */
import {
  CHOICE_KEYS,
  EXPORT_CHOICES,
  EXPORT_SWITCHES,
  flagOf,
  SWITCH_KEYS,
  valuesOf,
  type ExportChoice,
  type ExportSwitch,
} from '../settings/export-choices';
import { DEFAULT_SETTINGS, type ExportSettings } from '../settings/settings';

/** `  --tweets embed|quote             tweets as … (default: embed)`: one help line per choice in the table. */
const column = (left: string, right: string) => `  ${left.padEnd(33)}${right}`;
const choiceLines = CHOICE_KEYS.map((key) =>
  column(
    `${flagOf(key)} ${valuesOf(key).join('|')}`,
    `${EXPORT_CHOICES[key].help} (default: ${DEFAULT_SETTINGS.export[key]})`,
  ),
);
const switchLines = SWITCH_KEYS.map((key) => column(EXPORT_SWITCHES[key].flag, EXPORT_SWITCHES[key].help));

export const HELP = `Usage: confnotes export <backup.json> [options]

Turns a Confnotes backup (the options page's "Export backup") into a Markdown writeup, on stdout by default.
Give - as the file to read the backup from standard input.

Options:
${column('--session <id or title>', 'the session to export (needed when the file holds several)')}
${column('--out <file or dir/>', "write the Markdown to this file (a directory: <title-slug>.md in it) instead of stdout, and the snapshots' images into images/ beside it")}
${[...choiceLines, ...switchLines].join('\n')}
${column('-h, --help', 'show this help')}

Exit status: 0 on success, 1 on any error (one line on stderr says what went wrong).
`;

export type Command =
  { kind: 'help' } | { kind: 'export'; file: string; session?: string; out?: string; settings: ExportSettings };

export type Parsed = Command | { kind: 'error'; message: string };

/** Flag to choice, from the table: `--tweets` → `tweets`. */
const CHOICE_FLAGS = new Map<string, ExportChoice>(CHOICE_KEYS.map((key) => [flagOf(key), key]));
/** Flag to the switch it turns off: `--no-front-matter` → `frontMatter`. */
const SWITCH_FLAGS = new Map<string, ExportSwitch>(SWITCH_KEYS.map((key) => [EXPORT_SWITCHES[key].flag, key]));

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
    const off = SWITCH_FLAGS.get(flag);
    const choice = CHOICE_FLAGS.get(flag);
    if (off && eq < 0) {
      settings[off] = false;
    } else if (flag === '--session' || flag === '--out') {
      const value = takeValue();
      if (!value) return { kind: 'error', message: `${flag} needs a value` };
      if (flag === '--session') session = value;
      else out = value;
    } else if (choice) {
      const allowed: readonly string[] = valuesOf(choice);
      const value = takeValue();
      if (value === null || !allowed.includes(value)) {
        return {
          kind: 'error',
          message: `${flag} must be ${allowed.join(' or ')}${value === null ? '' : `, not "${value}"`}`,
        };
      }
      (settings as Record<ExportChoice, string>)[choice] = value;
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
