// The CLI as a user runs it: the real bundle (built by scripts/build.mjs's buildCli), spawned with node.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleBackup } from '../golden/sample-backup';

const ROOT = path.resolve(import.meta.dirname, '../..');
const GOLDEN = path.join(ROOT, 'test/golden/conference');
const dir = mkdtempSync(path.join(tmpdir(), 'confnotes-cli-'));
const cli = path.join(dir, 'confnotes.mjs');
const backup = path.join(dir, 'harbourops.json');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: dir });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  const build: { buildCli: (outfile: string) => Promise<void> } = await import(
    pathToFileURL(path.join(ROOT, 'scripts/build.mjs')).href
  );
  await build.buildCli(cli);
  writeFileSync(backup, sampleBackup());
}, 60_000);

describe('confnotes export', () => {
  it('writes the writeup of the only session to stdout, with the options page defaults', () => {
    const r = run('export', backup);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(path.join(GOLDEN, 'defaults.md'), 'utf8'));
  });

  it('takes a flag for each setting, the session by title or id, and --out', () => {
    const out = path.join(dir, 'out.md');
    const r = run(
      'export',
      backup,
      '--session',
      'harbourops day 2025',
      '--tweets',
      'quote',
      '--timestamps=off',
      '--links',
      'inline',
      '--heading',
      'speaker-title',
      '--no-front-matter',
      '--out',
      out,
    );
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
    expect(readFileSync(out, 'utf8')).toBe(
      readFileSync(path.join(GOLDEN, 'quote-off-inline-speaker-no-front-matter.md'), 'utf8'),
    );
    const byId = run(
      'export',
      backup,
      '--session=sample-session',
      '--tweets=quote',
      '--links=reference',
      '--heading=speaker-title',
    );
    expect(byId.stdout).toBe(readFileSync(path.join(GOLDEN, 'quote-reference-speaker.md'), 'utf8'));
  });

  it('reads the backup from standard input when the file is -', () => {
    const r = spawnSync(process.execPath, [cli, 'export', '-'], {
      encoding: 'utf8',
      cwd: dir,
      input: readFileSync(backup, 'utf8'),
    });
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(readFileSync(path.join(GOLDEN, 'defaults.md'), 'utf8'));
    const bad = spawnSync(process.execPath, [cli, 'export', '-'], { encoding: 'utf8', cwd: dir, input: '{' });
    expect([bad.status, bad.stderr]).toEqual([
      1,
      expect.stringMatching(/^confnotes: standard input is not a valid Confnotes backup/),
    ]);
  });

  it('reads a file starting with a byte-order mark as the options page does', () => {
    const withBom = path.join(dir, 'bom.json');
    writeFileSync(withBom, `\uFEFF${readFileSync(backup, 'utf8')}`);
    const r = run('export', withBom);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(readFileSync(path.join(GOLDEN, 'defaults.md'), 'utf8'));
  });

  it('documents itself with --help', () => {
    const r = run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: confnotes export <backup.json>/);
    for (const flag of [
      '--session',
      '--out',
      '--tweets',
      '--timestamps',
      '--links',
      '--heading',
      '--no-front-matter',
    ]) {
      expect(r.stdout).toContain(flag);
    }
  });

  const two = () => {
    const data = JSON.parse(sampleBackup());
    const other = structuredClone(data.sessions[0]);
    other.session = { ...other.session, id: 'second', title: 'Second Day' };
    other.sections = [];
    other.notes = [];
    data.sessions.push(other);
    const file = path.join(dir, 'two.json');
    writeFileSync(file, JSON.stringify(data));
    return file;
  };
  const file = (name: string, text: string) => {
    writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  };

  it.each([
    ['a missing file', () => ['export', path.join(dir, 'nope.json')], /cannot read .*nope\.json: no such file/],
    [
      'malformed JSON',
      () => ['export', file('bad.json', '{"format": "confnotes-backup",')],
      /bad\.json is not a valid Confnotes backup: the file is not valid JSON/,
    ],
    [
      'JSON that is not a backup',
      () => ['export', file('other.json', '{"hello": 1}')],
      /other\.json is not a valid Confnotes backup: format:/,
    ],
    [
      'a broken note',
      () => ['export', file('broken.json', sampleBackup().replace('"kind": "quote"', '"kind": "poem"'))],
      /sessions\[0\]\.notes\[1\]/,
    ],
    [
      'an unknown session',
      () => ['export', backup, '--session', 'Nope'],
      /no session "Nope" in .*; the sessions in it are: "HarbourOps Day 2025" \(id sample-session\)/,
    ],
    [
      'several sessions and no --session',
      () => ['export', two()],
      /holds 2 sessions; choose one with --session <id or title>: "HarbourOps Day 2025" \(id sample-session\), "Second Day" \(id second\)/,
    ],
    ['a bad value', () => ['export', backup, '--tweets', 'html'], /--tweets must be embed or quote, not "html"/],
    ['a missing value', () => ['export', backup, '--session'], /--session needs a value/],
    ['an unknown flag', () => ['export', backup, '--pdf'], /unknown option --pdf/],
    ['no file', () => ['export'], /no backup file given/],
    ['no command', () => [], /no command given/],
    ['an unknown command', () => ['import', backup], /unknown command "import"/],
    [
      'an unwritable --out',
      () => ['export', backup, '--out', path.join(dir, 'no/such/dir/x.md')],
      /cannot write .*x\.md: no such file/,
    ],
  ])('refuses %s: one line on stderr, exit 1', (_, args, message) => {
    const r = run(...args());
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^confnotes: [^\n]*\n$/);
    expect(r.stderr).toMatch(message);
  });
});
