/**
 * A big import tells its progress and can be cancelled at any point with nothing half-imported; export and import
 * stay linear (10,000 notes well within a second each here, where export was quadratic before).
 */
import { describe, expect, it } from 'vitest';
import { backupText, generateSession } from '../../bench/generate-session';
import { dumpAll, freshStore } from '../store/test-support';
import { exportBackup } from './export';
import { ImportCancelled, importBackup } from './import';
import { fillSampleProfile } from './test-support';

const big = backupText([generateSession(10_000), generateSession(200, 7)]);

describe('importBackup with progress and Cancel', () => {
  it('reports progress in batches up to every record, then the summary', async () => {
    const { db } = await freshStore();
    const seen: [number, number][] = [];
    const summary = await importBackup(db, big, { onProgress: (done, total) => seen.push([done, total]) });
    const total = seen[0]![1];
    expect(total).toBe(summary.sessions + summary.sections + summary.notes);
    expect(seen[0]![0]).toBe(0);
    expect(seen.at(-1)).toEqual([total, total]);
    expect(seen.map(([done]) => done)).toEqual([...seen.map(([done]) => done)].sort((a, b) => a - b));
    expect(summary.notes).toBe(10_200);
  }, 30_000);

  it('a Cancel in the middle of writing leaves the profile exactly as it was', async () => {
    const { store, db } = await freshStore();
    await fillSampleProfile(store);
    const before = await dumpAll(db);
    const cancel = new AbortController();
    const attempt = importBackup(db, big, {
      signal: cancel.signal,
      onProgress: (done) => {
        if (done >= 4000) cancel.abort();
      },
    });
    await expect(attempt).rejects.toThrow(ImportCancelled);
    expect(await dumpAll(db)).toEqual(before);
  }, 30_000);

  it('export then import of 10,000 notes gives the same bytes', async () => {
    const { db } = await freshStore();
    await importBackup(db, big);
    const first = await exportBackup(db, '2026-04-15T00:00:00.000Z');
    const fresh = await freshStore();
    await importBackup(fresh.db, first);
    expect(await exportBackup(fresh.db, '2026-04-15T00:00:00.000Z')).toBe(first);
  }, 30_000);
});
