import { describe, expect, it } from 'vitest';
import { generateSession } from '../../bench/generate-session';
import { backupChunks, recordCount } from '../backup/chunks';
import { exportBackup } from '../backup/export';
import type { BackupEntry } from '../backup/format';
import { sampleBackupText } from '../backup/test-support';
import type { FromImporter, ToImporter } from '../messages';
import { dumpAll, freshStore } from '../store/test-support';
import type { Change } from './changes';
import { backupImport } from './backup-import';

const AT = '2019-06-21T08:00:00.000Z';

/**
 * The background's import over a fresh profile, with what it sent the page and announced. `writing` is called with
 * the import at its first progress past 0, synchronously: what it does then happens while the write is under way
 * however fast the write is (notes are written a page of many at a time).
 */
async function importer(files?: Map<string, string>, writing?: (run: ReturnType<typeof backupImport>) => void) {
  const env = await freshStore();
  const sent: FromImporter[] = [];
  const announced: Change[] = [];
  let wrote = false;
  const run: ReturnType<typeof backupImport> = backupImport({
    database: () => Promise.resolve(env.db),
    announce: (change) => announced.push(change),
    send: (message) => {
      sent.push(message);
      if (message.type === 'progress' && message.done > 0 && !wrote) {
        wrote = true;
        writing?.(run);
      }
    },
    fileText: files
      ? async (token) => {
          const text = files.get(token);
          if (text === undefined) throw new Error('the file did not reach the background; try again');
          return text;
        }
      : undefined,
  });
  const answered = () => sent.filter((m) => m.type !== 'progress');
  const settled = async () => {
    await expect.poll(answered, { timeout: 20_000 }).toHaveLength(1);
    return answered()[0];
  };
  return { ...env, sent, announced, run, settled };
}

function messagesFor(entries: BackupEntry[], chunkChars = 20_000): ToImporter[] {
  const out: ToImporter[] = [{ type: 'begin', records: recordCount(entries) }];
  backupChunks(entries, (json) => out.push({ type: 'chunk', json }), chunkChars);
  return [...out, { type: 'commit' }];
}

describe("the background's backup import", () => {
  it('writes the chunks of a backup once all are in, announces a reset, and gives the same backup back', async () => {
    const text = await sampleBackupText();
    const { run, settled, db, announced, sent } = await importer();
    const messages = messagesFor(JSON.parse(text).sessions, 300);
    expect(messages.length).toBeGreaterThan(5);
    for (const message of messages.slice(0, -1)) run.receive(message);
    expect(await dumpAll(db)).toEqual({ sessions: [], sections: [], notes: [], images: [] });
    run.receive(messages.at(-1));
    expect(await settled()).toEqual({
      type: 'imported',
      summary: { sessions: 2, sections: 3, notes: 6, replaced: 0 },
    });
    expect(await exportBackup(db, AT)).toBe(text);
    expect(announced).toEqual([{ kind: 'reset' }]);
    expect(sent.filter((m) => m.type === 'progress').at(-1)).toEqual({ type: 'progress', done: 11, total: 11 });
  });

  it('writes nothing on a Cancel or when the page goes away, before or during the write', async () => {
    const entries = [generateSession(6000, 7)];
    for (const when of ['before commit', 'during write', 'page gone before commit', 'page gone during write']) {
      const stop = (r: ReturnType<typeof backupImport>) =>
        when.startsWith('page gone') ? r.end() : r.receive({ type: 'cancel' });
      const { run, settled, db, announced } = await importer(undefined, when.includes('during') ? stop : undefined);
      const messages = messagesFor(entries, 200_000);
      for (const message of messages.slice(0, -1)) run.receive(message);
      if (when.includes('during')) run.receive(messages.at(-1));
      else stop(run);
      if (!when.startsWith('page gone')) expect(await settled(), when).toEqual({ type: 'cancelled' });
      else await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await dumpAll(db), when).toEqual({ sessions: [], sections: [], notes: [], images: [] });
      expect(announced, when).toEqual([]);
    }
  }, 60_000);

  it('refuses, writing nothing, chunks out of order, missing ones, and records the store would refuse', async () => {
    const [entry] = JSON.parse(await sampleBackupText()).sessions as BackupEntry[];
    const cases: [string, (messages: ToImporter[]) => ToImporter[], RegExp][] = [
      ['the last chunk missing', (m) => [...m.slice(0, -2), m.at(-1)!], /arrived incomplete/],
      ['the first chunk missing', (m) => [m[0]!, ...m.slice(2)], /out of order/],
      ['chunks swapped', (m) => [m[0]!, m[2]!, m[1]!, ...m.slice(3)], /out of order/],
      ['a chunk before the start', (m) => [m[1]!, m[0]!, ...m.slice(1)], /out of shape/],
      [
        'a note the store would refuse',
        (m) =>
          m.map((x) => (x.type === 'chunk' ? { ...x, json: x.json.replace('"kind":"text"', '"kind":"video"') } : x)),
        /kind/,
      ],
      ['not JSON', (m) => m.map((x) => (x.type === 'chunk' ? { ...x, json: '{' } : x)), /JSON/],
    ];
    for (const [name, change, problem] of cases) {
      const { run, settled, db } = await importer();
      for (const message of change(messagesFor([entry!], 200))) run.receive(message);
      const answer = await settled();
      expect(answer?.type === 'refused' ? answer.problems.join(' ') : JSON.stringify(answer), name).toMatch(problem);
      expect(await dumpAll(db), name).toEqual({ sessions: [], sections: [], notes: [], images: [] });
    }
  });

  it('refuses a record whose id belongs to another session in this profile, and ignores what is not a message', async () => {
    const text = await sampleBackupText();
    const { run, settled, db } = await importer();
    for (const message of messagesFor(JSON.parse(text).sessions)) run.receive(message);
    await settled();
    const before = await dumpAll(db);
    const entries = JSON.parse(text).sessions as BackupEntry[];
    entries[0]!.session.id = 'another-session';
    for (const s of entries[0]!.sections) s.sessionId = 'another-session';
    for (const n of entries[0]!.notes) n.sessionId = 'another-session';
    const second = backupImport({
      database: () => Promise.resolve(db),
      announce: () => undefined,
      send: (message) => answers.push(message),
    });
    const answers: FromImporter[] = [];
    second.receive(null);
    second.receive({ type: 'nonsense' });
    for (const message of messagesFor(entries)) second.receive(message);
    await expect.poll(() => answers.filter((m) => m.type !== 'progress')).toHaveLength(1);
    expect(JSON.stringify(answers.at(-1))).toMatch(/belongs to another session/);
    expect(await dumpAll(db)).toEqual(before);
  });
});

describe("the background's backup import of a whole file (Chrome: posted to its service worker)", () => {
  const empty = { sessions: [], sections: [], notes: [], images: [] };

  it('reads, checks and writes the file of a token, announces a reset, and gives the same backup back', async () => {
    const text = await sampleBackupText();
    const { run, settled, db, announced, sent } = await importer(new Map([['t1', text]]));
    run.receive({ type: 'file', token: 't1' });
    expect(await settled()).toEqual({ type: 'imported', summary: { sessions: 2, sections: 3, notes: 6, replaced: 0 } });
    expect(await exportBackup(db, AT)).toBe(text);
    expect(announced).toEqual([{ kind: 'reset' }]);
    expect(sent.filter((m) => m.type === 'progress').at(-1)).toEqual({ type: 'progress', done: 11, total: 11 });
  });

  it("refuses a bad file with the validator's own lines, and a file it was not given, writing nothing", async () => {
    const text = await sampleBackupText();
    const cases: [string, string, RegExp][] = [
      ['not JSON', '{', /^the file is not valid JSON/],
      ['a note of no kind', text.replace('"kind": "text"', '"kind": "video"'), /^sessions\[\d\]\.notes\[\d\]/],
      [
        'a note in no section of its session',
        text.replace(/"sectionId": "[^"]*"/, '"sectionId": "nowhere"'),
        /not a section of this session/,
      ],
    ];
    for (const [name, file, problem] of cases) {
      const { run, settled, db } = await importer(new Map([['t', file]]));
      run.receive({ type: 'file', token: 't' });
      const answer = await settled();
      expect(answer?.type, name).toBe('refused');
      expect(answer?.type === 'refused' && answer.problems[0], name).toMatch(problem);
      expect(await dumpAll(db), name).toEqual(empty);
    }
    const { run, settled } = await importer(new Map());
    run.receive({ type: 'file', token: 'not given' });
    expect(await settled()).toEqual({ type: 'failed', error: 'the file did not reach the background; try again' });
    const elsewhere = await importer();
    elsewhere.run.receive({ type: 'file', token: 't' });
    expect(await elsewhere.settled()).toEqual({ type: 'refused', problems: ['this browser sends a backup in parts'] });
  });

  it('writes nothing on a Cancel while the file is read or written, the page going away, or parts sent beside it', async () => {
    const text = JSON.stringify({
      format: 'confnotes-backup',
      version: 6,
      exportedAt: AT,
      sessions: [generateSession(6000, 7)],
    });
    for (const when of ['while read', 'during write', 'page gone during write', 'a part beside it']) {
      const { run, settled, db, announced } = await importer(new Map([['t', text]]), (r) => {
        if (when === 'during write') r.receive({ type: 'cancel' });
        else if (when === 'a part beside it') r.receive({ type: 'begin', records: 1 });
        else if (when === 'page gone during write') r.end();
      });
      run.receive({ type: 'file', token: 't' });
      if (when === 'while read') run.receive({ type: 'cancel' });
      if (when === 'page gone during write') await new Promise((resolve) => setTimeout(resolve, 500));
      else expect((await settled())?.type, when).toBe(when === 'a part beside it' ? 'refused' : 'cancelled');
      expect(await dumpAll(db), when).toEqual(empty);
      expect(announced, when).toEqual([]);
    }
  }, 60_000);
});
