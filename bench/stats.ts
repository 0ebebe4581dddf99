/**
 * Figures for the benchmarks: every measured figure is a median of several runs, and stands beside a baseline
 * measured in the same run (interleaved with it, so that a busy machine slows both alike and the ratio holds).
 */

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export type Unit = 'ms' | 'KB' | 'MB' | 'requests';

/** One line of the table and of bench/results.json. */
export interface Row {
  group: string;
  name: string;
  value: number;
  unit: Unit;
  /** What the figure is compared with, measured in the same run (or, for sizes, the budget). */
  baseline?: { name: string; value: number; samples?: number[] };
  runs?: number;
  /** The raw samples behind the median (in results.json only). */
  samples?: number[];
  /** The issue's target, and whether this run meets it. */
  target?: { text: string; met: boolean };
  note?: string;
}

export const ratio = (row: Row): number | undefined =>
  row.baseline && row.baseline.value > 0 ? row.value / row.baseline.value : undefined;

/** Times `run` and `baseline` alternately, `runs` times each after `warmup` untimed rounds; medians in ms. */
export async function compare(
  runs: number,
  warmup: number,
  run: () => unknown,
  baseline: () => unknown,
): Promise<{ value: number; baseline: number; samples: number[] }> {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const t0 = performance.now();
    await baseline();
    const t1 = performance.now();
    await run();
    const t2 = performance.now();
    if (i >= warmup) {
      b.push(t1 - t0);
      a.push(t2 - t1);
    }
  }
  return { value: median(a), baseline: median(b), samples: a };
}

const fmt = (value: number, unit: Unit) =>
  unit === 'requests'
    ? `${value} ${unit}`
    : `${value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)} ${unit}`;

/** The table printed at the end: figure, baseline, ratio, target. */
export function formatTable(rows: readonly Row[]): string {
  const lines = [
    ['', 'figure', 'baseline', 'ratio', 'target', 'note'],
    ...rows.map((row) => {
      const r = ratio(row);
      return [
        `${row.group}: ${row.name}`,
        fmt(row.value, row.unit),
        row.baseline ? `${fmt(row.baseline.value, row.unit)} (${row.baseline.name})` : '',
        r === undefined ? '' : `${r.toFixed(2)}×`,
        row.target ? `${row.target.met ? 'ok  ' : 'MISS'} ${row.target.text}` : '',
        row.note ?? '',
      ];
    }),
  ];
  const widths = lines[0]!.map((_, col) => Math.max(...lines.map((line) => line[col]!.length)));
  return lines
    .map((line) =>
      line
        .map((cell, col) => (col === 1 || col === 3 ? cell.padStart(widths[col]!) : cell.padEnd(widths[col]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The same table in Markdown, for docs/performance.md (`npm run bench -- --markdown`). */
export function formatMarkdown(rows: readonly Row[]): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  return [
    '| Figure | Median | Baseline | Ratio | Target | Note |',
    '|---|--:|---|--:|---|---|',
    ...rows.map((row) => {
      const r = ratio(row);
      return `| ${cell(`${row.group}: ${row.name}`)} | ${fmt(row.value, row.unit)} | ${row.baseline ? cell(`${fmt(row.baseline.value, row.unit)} (${row.baseline.name})`) : ''} | ${
        r === undefined ? '' : `${r.toFixed(2)}×`
      } | ${row.target ? `${row.target.met ? 'met' : '**missed**'}: ${cell(row.target.text)}` : ''} | ${cell(row.note ?? '')} |`;
    }),
  ].join('\n');
}
