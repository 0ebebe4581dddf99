/**
 * The `confnotes` executable (built to dist/cli/confnotes.mjs, the package's `bin`). Only this file touches the
 * process and the file system; everything it decides is in args.ts and export-command.ts. Any failure is one
 * line on stderr and exit code 1.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { IMAGES_DIR } from '../export/image-files';
import { slugify } from '../export/slug';
import { exportFromBackup } from './export-command';
import { HELP, parseArgs } from './args';

function fail(message: string): never {
  // One line whatever the message holds (a file name with a newline, say).
  process.stderr.write(`confnotes: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(1);
}

function reason(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** All of standard input as text (`confnotes export -` reads the backup from a pipe). */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(argv: string[]): Promise<void> {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'error') fail(parsed.message);
  if (parsed.kind === 'help') {
    process.stdout.write(HELP);
    return;
  }
  const fromStdin = parsed.file === '-';
  const name = fromStdin ? 'standard input' : parsed.file;
  let text: string;
  try {
    text = fromStdin ? await readStdin() : await readFile(parsed.file, 'utf8');
  } catch (error) {
    fail(`cannot read ${name}: ${reason(error)}`);
  }
  const result = exportFromBackup(text, name, parsed.session, parsed.settings, parsed.out !== undefined);
  if (!result.ok) fail(result.message);
  if (parsed.out === undefined) {
    process.stdout.write(result.markdown);
    if (result.snapshots > 0)
      process.stderr.write(`confnotes: ${result.snapshots} snapshot images left out (give --out to write them)\n`);
    return;
  }
  const target = await markdownPath(parsed.out, result.title);
  try {
    await writeFile(target, result.markdown, 'utf8');
    if (result.images.length) await mkdir(path.join(path.dirname(target), IMAGES_DIR), { recursive: true });
    for (const image of result.images) await writeFile(path.join(path.dirname(target), image.path), image.bytes);
  } catch (error) {
    fail(`cannot write ${target}: ${reason(error)}`);
  }
}

/** `--out notes/` or an existing directory: `<title-slug>.md` in it; else the file named. */
async function markdownPath(out: string, title: string): Promise<string> {
  // A path that does not exist yet (stat fails) names the Markdown file to write.
  const existing = await stat(out).catch(() => null);
  const isDir = out.endsWith('/') || out.endsWith(path.sep) || existing?.isDirectory();
  if (!isDir) return out;
  await mkdir(out, { recursive: true }).catch((error: unknown) => fail(`cannot write ${out}: ${reason(error)}`));
  return path.join(out, `${slugify(title)}.md`);
}

main(process.argv.slice(2)).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
