// Fuzzes the CLI with crafted backups (test/fuzz/backup-cases.ts): every file goes through `confnotes export`
// (dist/cli/confnotes.mjs, run `npm run build` first) as a user would run it, and must be accepted when good and
// refused in exactly one clear line when bad, within 60 s, without a crash.
// Usage: node scripts/fuzz-cli.mjs [--verbose]
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cli = path.join(
  process.env.CONFNOTES_DIST ? path.resolve(process.env.CONFNOTES_DIST) : path.join(root, 'dist'),
  'cli',
  'confnotes.mjs',
);
const dir = mkdtempSync(path.join(tmpdir(), 'confnotes-fuzz-'));
const verbose = process.argv.includes('--verbose');

try {
  const bundle = path.join(dir, 'cases.mjs');
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['test/fuzz/backup-cases.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundle,
    logLevel: 'warning',
  });
  const { fuzzCases } = await import(pathToFileURL(bundle).href);
  const cases = fuzzCases();
  const tally = { cases: cases.length, crashes: 0, hangs: 0, badAccepted: 0, goodRefused: 0, unclear: 0 };
  const started = Date.now();
  cases.forEach((c, i) => {
    const file = path.join(dir, `case-${i}.json`);
    writeFileSync(file, c.text);
    const run = spawnSync(process.execPath, [cli, 'export', file, '--out', path.join(dir, 'out.md')], {
      encoding: 'utf8',
      timeout: 60_000,
      maxBuffer: 1 << 20,
    });
    const lines = run.stderr.split('\n').filter(Boolean);
    let verdict;
    if (run.error?.code === 'ETIMEDOUT') {
      tally.hangs += 1;
      verdict = 'HANG';
    } else if (run.status !== 0 && run.status !== 1) {
      tally.crashes += 1;
      verdict = `CRASH (exit ${run.status} ${run.signal ?? ''})`;
    } else if (run.status === 0 && c.expect === 'refuse') {
      tally.badAccepted += 1;
      verdict = 'BAD FILE ACCEPTED';
    } else if (run.status === 1 && c.expect === 'accept') {
      tally.goodRefused += 1;
      verdict = 'GOOD FILE REFUSED';
    } else if (
      run.status === 1 &&
      (lines.length !== 1 ||
        !lines[0].startsWith('confnotes: ') ||
        /\n\s+at |Maximum call stack|undefined|\[object /.test(run.stderr))
    ) {
      tally.unclear += 1;
      verdict = 'UNCLEAR REFUSAL';
    }
    const shown = run.status === 0 ? 'accepted' : `refused: ${(lines[0] ?? '').slice(0, 160)}`;
    if (verdict || verbose) console.log(`${verdict ?? 'ok'}  ${c.name}: ${shown}`);
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `${tally.cases} files in ${seconds} s: ${tally.crashes} crashes, ${tally.hangs} hangs, ${tally.badAccepted} bad files accepted, ` +
      `${tally.goodRefused} good files refused, ${tally.unclear} refusals not one clear line`,
  );
  process.exitCode = tally.crashes + tally.hangs + tally.badAccepted + tally.goodRefused + tally.unclear > 0 ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
