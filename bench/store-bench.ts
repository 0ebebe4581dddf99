/**
 * The store in real Chromium, in the bench extension page over real IndexedDB (see bench/page/entry.ts): adding
 * 1,000 notes one by one as the UI does, importing a 10,000-note backup, loading a 10,000-note session for the
 * panel; each beside raw IndexedDB on a bare store. Targets: one note saved in at most 20 ms median;
 * loading within 2× of raw getAll.
 */
import type { Page } from 'playwright-core';
import { benchCall } from './bench-page';
import { median, type Row } from './stats';

export async function benchStore(page: Page): Promise<Row[]> {
  const added = await benchCall(page, 'addNotes', 1000);
  const addMedian = median(added.store);
  const early = median(added.store.slice(0, 100));
  const late = median(added.store.slice(-100));
  const imported = await benchCall(page, 'importBackup', 10_000, 3);
  const loaded = await benchCall(page, 'loadSession', imported.sessionId, 10_000, 5);
  const loadMedian = median(loaded.store);
  const rawGetAll = median(loaded.raw);
  return [
    {
      group: 'store',
      name: 'addNote, each of 1,000 added one by one',
      value: addMedian,
      unit: 'ms',
      runs: added.store.length,
      samples: added.store,
      baseline: { name: 'raw put, own transaction', value: median(added.raw) },
      target: { text: '≤20 ms median per note', met: addMedian <= 20 },
      note: `notes 1-100: ${early.toFixed(1)} ms, 901-1,000: ${late.toFixed(1)} ms`,
    },
    {
      group: 'store',
      name: 'importBackup, 10,000 notes',
      value: median(imported.store),
      unit: 'ms',
      runs: imported.store.length,
      samples: imported.store,
      baseline: { name: 'JSON.parse + raw put, one transaction', value: median(imported.raw) },
    },
    {
      group: 'store',
      name: 'loadSession, 10,000 notes',
      value: loadMedian,
      unit: 'ms',
      runs: loaded.store.length,
      samples: loaded.store,
      baseline: { name: 'raw getAll', value: rawGetAll },
      target: { text: '≤2× raw getAll', met: loadMedian <= 2 * rawGetAll },
    },
  ];
}
