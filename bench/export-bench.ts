/**
 * Export in Node: renderWriteup over sessions of 1,000, 10,000 and 50,000 notes, beside JSON.stringify of the
 * same session (the cost of touching the data once). Targets: 10,000 notes in at most 100 ms and at
 * most 10× the baseline; 50,000 within 6× of 10,000 (linear). One more row renders the 10,000 notes with links
 * as named references (a label made from each link's words, unique in the writeup, the definitions at the end),
 * which must hold the same target.
 */
import type { BackupEntry } from '../src/backup/format';
import { renderWriteup } from '../src/export/writeup';
import type { SessionContents } from '../src/store/api';
import { DEFAULT_SETTINGS } from '../src/settings/settings';
import { generateSession, toContents } from './generate-session';
import { compare, type Row } from './stats';

const SIZES = [1_000, 10_000, 50_000] as const;

async function namedReferences(entry: BackupEntry, contents: SessionContents): Promise<Row> {
  const settings = { ...DEFAULT_SETTINGS.export, links: 'reference' as const };
  let markdown = '';
  const runs = 9;
  const result = await compare(
    runs,
    2,
    () => {
      markdown = renderWriteup(contents, settings);
    },
    () => JSON.stringify(entry),
  );
  const labels = markdown.match(/^\[[^\]\n]+\]: /gm)?.length ?? 0;
  return {
    group: 'export',
    name: 'renderWriteup, 10,000 notes, named references',
    value: result.value,
    unit: 'ms',
    runs,
    samples: result.samples,
    baseline: { name: 'JSON.stringify', value: result.baseline },
    note: `${labels.toLocaleString('en')} labels, ${(markdown.length / 1024 / 1024).toFixed(1)} MB of Markdown`,
    target: {
      text: '≤100 ms and ≤10× baseline',
      met: result.value <= 100 && result.value <= 10 * result.baseline,
    },
  };
}

export async function benchExport(): Promise<Row[]> {
  const rows: Row[] = [];
  const medians = new Map<number, number>();
  for (const size of SIZES) {
    const entry = generateSession(size);
    const contents = toContents(entry);
    let bytes = 0;
    const runs = size >= 50_000 ? 5 : 9;
    const result = await compare(
      runs,
      2,
      () => {
        bytes = renderWriteup(contents, DEFAULT_SETTINGS.export).length;
      },
      () => JSON.stringify(entry),
    );
    medians.set(size, result.value);
    const row: Row = {
      group: 'export',
      name: `renderWriteup, ${size.toLocaleString('en')} notes`,
      value: result.value,
      unit: 'ms',
      runs,
      samples: result.samples,
      baseline: { name: 'JSON.stringify', value: result.baseline },
      note: `${(bytes / 1024 / 1024).toFixed(1)} MB of Markdown`,
    };
    if (size === 10_000) {
      row.target = {
        text: '≤100 ms and ≤10× baseline',
        met: result.value <= 100 && result.value <= 10 * result.baseline,
      };
    }
    if (size === 50_000) {
      const tenK = medians.get(10_000)!;
      row.target = {
        text: `≤6× the 10,000-note render (${(result.value / tenK).toFixed(1)}×)`,
        met: result.value <= 6 * tenK,
      };
    }
    rows.push(row);
    if (size === 10_000) rows.push(await namedReferences(entry, contents));
  }
  return rows;
}
