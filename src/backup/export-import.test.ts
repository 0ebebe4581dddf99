import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dumpAll, freshStore } from '../store/test-support';
import { exportBackup } from './export';
import { BACKUP_VERSION, BackupError } from './format';
import { importBackup } from './import';
import { fillSampleProfile } from './test-support';

const AT = '2019-06-21T08:00:00.000Z';

async function sampleExport() {
  const env = await freshStore();
  const ids = await fillSampleProfile(env.store);
  return { ...env, ids, text: await exportBackup(env.db, AT) };
}

describe('export and import', () => {
  it('gives back the same bytes after export -> import into a fresh profile -> export', async () => {
    const { text, db } = await sampleExport();
    const fresh = await freshStore();
    const summary = await importBackup(fresh.db, text);
    expect(summary).toEqual({ sessions: 2, sections: 3, notes: 6, replaced: 0 });
    expect(await exportBackup(fresh.db, AT)).toBe(text);
    expect(await dumpAll(fresh.db)).toEqual(await dumpAll(db));
  });

  it('writes sessions, sections and notes in a fixed order whatever order they were stored in', async () => {
    const { text, ids } = await sampleExport();
    const backup = JSON.parse(text);
    expect(backup.sessions.map((e: { session: { id: string } }) => e.session.id)).toEqual([ids.event.id, ids.other.id]);
    expect(backup.sessions[0].sections.map((s: { id: string }) => s.id)).toEqual([ids.talk.id, ids.open.id]);
    expect(backup.sessions[0].notes.map((n: { kind: string }) => n.kind)).toEqual([
      'text',
      'quote',
      'post',
      'page',
      'text',
    ]);
    expect(Object.keys(backup)).toEqual(['format', 'version', 'exportedAt', 'sessions']);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it("keeps a section's schedule, a video's alignment and notes' clock stamps through export and import", async () => {
    const value = JSON.parse((await sampleExport()).text);
    const schedule = {
      talkId: 'pretalx-ops19-ABC123@pretalx.example.org',
      title: 'Pipelines without tears',
      speakers: ['Ada Example'],
      room: 'Main hall',
      start: 1560931200000,
      end: 1560933600000,
      timeZone: 'Europe/Berlin',
      day: '2019-06-19',
      url: '',
      abstract: 'Pipelines, calmly.',
      status: 'cancelled',
    };
    value.sessions[0].sections[0].schedule = schedule;
    value.sessions[0].sections[0].source.alignment = { clock: 1560931200000, seconds: 192.5 };
    value.sessions[0].notes[0].clock = { at: 1560931925000, timeZone: 'Europe/Berlin' };
    const first = await freshStore();
    await importBackup(first.db, JSON.stringify(value));
    const text = await exportBackup(first.db, AT);
    const again = JSON.parse(text);
    expect(again.version).toBe(BACKUP_VERSION);
    expect(again.sessions[0].sections[0].schedule).toEqual(schedule);
    expect(again.sessions[0].sections[0].source.alignment).toEqual({ clock: 1560931200000, seconds: 192.5 });
    expect(again.sessions[0].notes[0].clock).toEqual({ at: 1560931925000, timeZone: 'Europe/Berlin' });
    const second = await freshStore();
    await importBackup(second.db, text);
    expect(await exportBackup(second.db, AT)).toBe(text);
  });

  it('reads a version 2 file and writes it back in the current version, nothing else changed', async () => {
    const { text } = await sampleExport();
    const v2 = text.replace(`"version": ${BACKUP_VERSION}`, '"version": 2');
    expect(v2).not.toBe(text);
    const fresh = await freshStore();
    await importBackup(fresh.db, v2);
    expect(await exportBackup(fresh.db, AT)).toBe(text);
  });

  it('exports an empty profile as a valid, empty backup', async () => {
    const { db } = await freshStore();
    const text = await exportBackup(db, AT);
    expect(JSON.parse(text)).toEqual({
      format: 'confnotes-backup',
      version: BACKUP_VERSION,
      exportedAt: AT,
      sessions: [],
    });
    expect(await importBackup((await freshStore()).db, text)).toEqual({
      sessions: 0,
      sections: 0,
      notes: 0,
      replaced: 0,
    });
  });

  it('imports the same file twice without duplicating anything', async () => {
    const { text } = await sampleExport();
    const fresh = await freshStore();
    await importBackup(fresh.db, text);
    const once = await dumpAll(fresh.db);
    expect(await importBackup(fresh.db, text)).toEqual({ sessions: 2, sections: 3, notes: 6, replaced: 11 });
    expect(await dumpAll(fresh.db)).toEqual(once);
  });

  it('keeps what the profile has beside the imported sessions', async () => {
    const { text } = await sampleExport();
    const target = await freshStore('mine');
    const mine = await target.store.createSession({
      title: 'Mine',
      date: '',
      description: '',
      tags: [],
      categories: [],
    });
    await importBackup(target.db, text);
    expect((await target.store.listSessions()).map((s) => s.id)).toContain(mine.id);
    expect(await target.db.count('sessions')).toBe(3);
  });

  it('refuses a broken file whole, naming the problem, and changes nothing', async () => {
    const { text } = await sampleExport();
    const target = await freshStore('mine');
    await target.store.createSession({ title: 'Mine', date: '', description: '', tags: [], categories: [] });
    const before = await dumpAll(target.db);
    const value = JSON.parse(text);
    value.sessions[1].notes[0].kind = 'video'; // the last session is broken; the first one is fine
    const error = await importBackup(target.db, JSON.stringify(value)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).problems).toEqual([
      'sessions[1].notes[0].kind: must be one of text, quote, post, page, heading',
    ]);
    expect(await dumpAll(target.db)).toEqual(before);
  });

  it('refuses a file whose ids belong to another session of this profile, and changes nothing', async () => {
    const { text } = await sampleExport();
    const target = await freshStore(); // same predictable ids as the source profile: id-001...
    const s = await target.store.createSession({ title: 'Mine', date: '', description: '', tags: [], categories: [] });
    await target.store.addSection(s.id, { title: 'Mine too' }); // takes id-002, a section of another session in the file
    const before = await dumpAll(target.db);
    const value = JSON.parse(text);
    value.sessions[0].session.id = 'elsewhere';
    for (const x of [...value.sessions[0].sections, ...value.sessions[0].notes]) x.sessionId = 'elsewhere';
    await expect(importBackup(target.db, JSON.stringify(value))).rejects.toThrow(
      'sessions[0].sections[0].id: this id belongs to another session in this profile',
    );
    expect(await dumpAll(target.db)).toEqual(before);
  });
});

describe('the validator shipped to the pages', () => {
  it('needs no eval or new Function, which MV3 pages forbid', () => {
    const code = readFileSync(new URL('./schema-validator.generated.js', import.meta.url), 'utf8');
    expect(code).not.toMatch(/new Function|\beval\(|\brequire\(/);
  });
});
