/**
 * Search in real Chromium: 50,000 notes over 20 sessions (bench/search-corpus.ts) imported into the extension's
 * database, then in the panel: the first query (which builds the background's index, end to end: reads, index,
 * answer, paint), and for each measured query, from the input event of its last keystroke to its results painted
 * (the list says which query it answers). The index's build time and heap are measured on the same code in the
 * bench page (Chromium's DevTools heap figures, after a collection), beside the notes' size as JSON. The build is
 * the indexing of the records once read (their reads are timed beside it), and the background's service is timed
 * end to end as well, reads and pauses between slices included; each with the page's main-thread CPU time.
 * Targets: results ≤50 ms median; build ≤1 s.
 */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../support/chromium';
import { benchCall } from './bench-page';
import { PLANTED } from './search-corpus';
import { median, type Row } from './stats';

const QUERIES = [
  PLANTED.word,
  `"${PLANTED.phrase}"`,
  `from:@${PLANTED.handle}`,
  'fargate chart',
  'dashbord', // a typo
  'kamiru',
  'lota', // a prefix of a common invented word
  'has:tweet fargate',
  'session:conf lighthouse',
  'the pager',
];
const ROUNDS = 3;

/** Runs in the panel before its scripts: the time of each input event, and when the results for it are painted. */
function watchResults(): void {
  const w = window as unknown as { benchInput?: number; benchShown?: Record<string, number> };
  w.benchShown = {};
  document.addEventListener('input', () => (w.benchInput = performance.now()), true);
  new MutationObserver(() => {
    const list = document.querySelector('[data-results-for]');
    const query = list?.getAttribute('data-results-for');
    if (!query || w.benchShown![query] !== undefined || w.benchInput === undefined) return;
    const since = w.benchInput;
    w.benchShown![query] = -1;
    requestAnimationFrame(() => setTimeout(() => (w.benchShown![query] = performance.now() - since), 0));
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-results-for'] });
}

async function resultsFor(page: Page, query: string, timeout = 60_000): Promise<number> {
  const handle = await page.waitForFunction(
    (q) => {
      const shown = (window as unknown as { benchShown: Record<string, number> }).benchShown[q];
      return shown !== undefined && shown >= 0 ? shown : null;
    },
    query,
    { timeout },
  );
  return (await handle.jsonValue())!;
}

/** Types all but the last character, waits for those results, then times the last keystroke's. */
async function timeQuery(page: Page, query: string, timeout?: number): Promise<number> {
  const field = page.getByRole('combobox', { name: 'Search all notes' });
  await page.evaluate(() => ((window as unknown as { benchShown: object }).benchShown = {}));
  await field.fill(query.slice(0, -1));
  if (query.length > 1) await resultsFor(page, query.slice(0, -1), timeout);
  await field.press(query.slice(-1) === ' ' ? 'Space' : query.slice(-1));
  return resultsFor(page, query, timeout);
}

export async function benchSearch(browser: ExtensionBrowser, bench: Page): Promise<Row[]> {
  const seeded = await benchCall(bench, 'seedSearch');
  await benchCall(bench, 'select', seeded.sessionId);
  const cdp = await browser.ctx.newCDPSession(bench);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  // The main thread's CPU time beside each wall time: the machine is shared, and the load moves the wall times.
  await cdp.send('Performance.enable');
  const cpu = async () =>
    ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
  const before = await heap();
  let since = await cpu();
  const read = await benchCall(bench, 'readSearch');
  const readCpu = (await cpu()) - since;
  since = await cpu();
  const built = await benchCall(bench, 'indexSearch');
  const buildCpu = (await cpu()) - since;
  const indexHeap = (await heap()) - before;
  await benchCall(bench, 'dropSearchIndex');
  await heap();
  since = await cpu();
  const service = await benchCall(bench, 'serviceSearch');
  const serviceCpu = (await cpu()) - since;

  const panel = await browser.ctx.newPage();
  await panel.addInitScript(watchResults);
  await panel.goto(`chrome-extension://${browser.extensionId}/panel/index.html`);
  await panel.locator('main.sections').waitFor();
  // The first query builds the background's index: the first keystroke's answer waits for it.
  const started = Date.now();
  await panel.getByRole('combobox', { name: 'Search all notes' }).fill('lighthou');
  await resultsFor(panel, 'lighthou', 300_000);
  const cold = Date.now() - started;
  const samples = new Map<string, number[]>(QUERIES.map((q) => [q, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of QUERIES) samples.get(query)!.push(await timeQuery(panel, query));
  }
  const found = await panel.locator('#search-results [role=option]').count();
  await panel.close();
  const all = [...samples.values()].flat();
  const value = median(all);
  return [
    {
      group: 'search',
      name: 'last keystroke to results painted, 50,000 notes in 20 sessions',
      value,
      unit: 'ms',
      runs: all.length,
      samples: all,
      target: { text: '≤50 ms median', met: value <= 50 },
      note: [...samples].map(([q, s]) => `${q}: ${median(s).toFixed(0)}`).join('; ') + ` (last query: ${found} shown)`,
    },
    {
      group: 'search',
      name: "index build over 50,000 notes read (the background's code, in the bench page)",
      value: Math.round(built.ms),
      unit: 'ms',
      target: { text: '≤1 s', met: built.ms <= 1000 },
      note:
        `${built.documents.toLocaleString('en')} notes and sections; main-thread CPU ${buildCpu.toFixed(0)} ms; ` +
        `reading them ${read.ms.toFixed(0)} ms (CPU ${readCpu.toFixed(0)}); the service in the page, reads and ` +
        `slices included, ${service.ms.toFixed(0)} ms (CPU ${serviceCpu.toFixed(0)}); the first query in the panel, ` +
        `building the background's index end to end, ${cold.toFixed(0)} ms`,
    },
    {
      group: 'search',
      name: 'index heap, 50,000 notes',
      value: Math.round((indexHeap / 1e6) * 10) / 10,
      unit: 'MB',
      baseline: { name: 'the notes as JSON', value: Math.round((seeded.bytes / 1e6) * 10) / 10 },
    },
  ];
}
