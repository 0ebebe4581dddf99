/**
 * `npm run bench`: measures export, the schedule core, store, panel, capture, content scripts and sizes, prints one table
 * and writes bench/results.json. By default it builds the extension afresh into a temporary folder, so that it
 * measures the source as it is (and never a half-written dist/ of a parallel build); `--dist <dir>` measures an
 * existing build instead (e.g. `--dist dist` after `npm run build`). `--only export,size,...` runs some groups;
 * `--markdown` also prints the table in Markdown.
 * See docs/performance.md.
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM_MISSING, findChromium } from '../support/chromium';
import { GROUPS as BROWSER_GROUPS, openBrowserBench } from './browser-bench';
import { benchExport } from './export-bench';
import { benchSchedule } from './schedule-bench';
import { benchSizes } from './sizes';
import { formatMarkdown, formatTable, ratio, type Row } from './stats';

const ROOT = path.resolve(import.meta.dirname, '..');
const GROUPS = ['export', 'schedule', ...BROWSER_GROUPS, 'size'] as const;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export async function main(args: string[]): Promise<number> {
  const started = performance.now();
  const only = option(args, '--only')?.split(',') ?? [...GROUPS];
  const unknown = only.filter((g) => !(GROUPS as readonly string[]).includes(g));
  if (unknown.length) {
    console.error(`unknown group ${unknown.join(', ')}; groups: ${GROUPS.join(', ')}`);
    return 2;
  }
  if (BROWSER_GROUPS.some((g) => only.includes(g)) && !findChromium()) {
    console.error(CHROMIUM_MISSING);
    return 1;
  }
  const temp = mkdtempSync(path.join(tmpdir(), 'confnotes-bench-'));
  const given = option(args, '--dist');
  const dist = given ? path.resolve(given) : path.join(temp, 'dist');
  const load = loadavg()[0]!;
  try {
    if (!given) {
      process.stdout.write(`building into ${dist} … `);
      execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], {
        cwd: ROOT,
        stdio: 'pipe',
        env: { ...process.env, CONFNOTES_DIST: dist },
      });
      console.log('done');
    }
    const rows: Row[] = [];
    const step = async (name: string, run: () => Promise<Row[]> | Row[]) => {
      const t0 = performance.now();
      process.stdout.write(`${name} … `);
      rows.push(...(await run()));
      console.log(`${((performance.now() - t0) / 1000).toFixed(1)} s`);
    };
    if (only.includes('export')) await step('export', benchExport);
    if (only.includes('schedule')) await step('schedule', benchSchedule);
    let chromium = '';
    const browserGroups = BROWSER_GROUPS.filter((g) => only.includes(g));
    if (browserGroups.length) {
      const browser = await openBrowserBench(dist, temp);
      chromium = browser.chromium;
      try {
        for (const group of browserGroups) await step(group, () => browser.run(group));
      } finally {
        await browser.close();
      }
    }
    if (only.includes('size')) await step('size', () => benchSizes(ROOT, dist));

    const seconds = (performance.now() - started) / 1000;
    console.log(`\n${formatTable(rows)}\n`);
    if (args.includes('--markdown')) console.log(`${formatMarkdown(rows)}\n`);
    const machine = {
      cpus: availableParallelism(),
      cpu: cpus()[0]?.model ?? '',
      node: process.version,
      chromium,
      loadavgAtStart: load,
      loadavgAtEnd: loadavg()[0],
    };
    const results = {
      date: new Date().toISOString(),
      seconds,
      machine,
      dist: given ? dist : 'fresh build in a temporary folder',
      rows: rows.map((row) => ({ ...row, ratio: ratio(row) })),
    };
    writeFileSync(path.join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
    const missed = rows.filter((row) => row.target && !row.target.met);
    console.log(
      `${rows.length} figures in ${seconds.toFixed(0)} s (load average ${load.toFixed(2)} → ${loadavg()[0]!.toFixed(2)} on ${machine.cpus} cores); ` +
        `${missed.length ? `${missed.length} target(s) missed` : 'every target met'}; wrote bench/results.json`,
    );
    return 0;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
