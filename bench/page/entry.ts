/**
 * The bench page's script, loaded into a bench-only copy of the built extension (never into dist/): it runs the
 * real store over the extension's real IndexedDB and times it there, each figure beside the same work done with
 * raw IndexedDB on a bare object store (no indexes, no idb wrapper) in a database of its own.
 * bench/store-bench.ts and bench/panel-bench.ts drive it through `window.confnotesBench`.
 */
import { importBackup } from '../../src/backup/import';
import type { BackupEntry, BackupImage } from '../../src/backup/format';
import { bytesToBase64 } from '../../src/backup/base64';
import type { Note, Section, Session } from '../../src/model/types';
import { createStore } from '../../src/store/create-store';
import { openConfnotesDB } from '../../src/store/db';
import { saveSelection } from '../../src/settings/settings-storage';
import { backupText, generateSession } from '../generate-session';
import { searchWorkspace } from '../search-corpus';
import { SearchIndex } from '../../src/search/search-index';
import { createSearchService } from '../../src/owner/search-service';
import { nextTask } from '../../src/background/next-task';
import '../../src/store/record-checks-static';

/** The records readSearch read and the index indexSearch made, kept (on the page's global) between two calls. */
const kept = globalThis as {
  searchRecords?: { sessions: Session[]; sections: Section[]; notes: Note[] } | null;
  benchSearchIndex?: SearchIndex | null;
};

/** A database with one bare object store per name (keyPath id), as a raw baseline. */
function openBare(name: string, stores = ['notes']): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => stores.forEach((s) => request.result.createObjectStore(s, { keyPath: 'id' }));
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** Puts records in one readwrite transaction and waits for its commit, as the store does. */
function rawPut(db: IDBDatabase, records: Record<string, readonly unknown[]>): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(Object.keys(records), 'readwrite');
    for (const [store, list] of Object.entries(records)) for (const r of list) tx.objectStore(store).put(r);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB request failed'));
  });
}

function rawGetAll(db: IDBDatabase, store: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const request = db.transaction(store).objectStore(store).getAll();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

const time = async (work: () => Promise<unknown>) => {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
};

const bench = {
  /** Adds `count` notes one by one through the store (each awaited, as the panel does), each beside a raw put. */
  async addNotes(count: number): Promise<{ store: number[]; raw: number[] }> {
    const store = createStore(await openConfnotesDB(indexedDB, { name: 'bench-add' }));
    const raw = await openBare('bench-add-raw');
    const session = await store.createSession({
      title: 'Adding notes',
      date: '2026-04-14',
      description: '',
      tags: [],
      categories: [],
    });
    const section = await store.addSection(session.id, { title: 'One long talk' });
    const out = { store: [] as number[], raw: [] as number[] };
    let last: Note | undefined;
    for (let i = 0; i < count; i++) {
      const text = `Note ${i}: the speaker says deploys should be boring, and shows the pipeline that made them so.`;
      out.store.push(
        await time(async () => {
          last = await store.addNote(session.id, section.id, { kind: 'text', text });
        }),
      );
      out.raw.push(await time(() => rawPut(raw, { notes: [{ ...last!, id: `raw-${i}` }] })));
    }
    return out;
  },

  /** Imports a backup of `notes` notes `runs` times, each into a fresh database, beside parse + one raw put. */
  async importBackup(notes: number, runs: number): Promise<{ store: number[]; raw: number[]; sessionId: string }> {
    const entry = generateSession(notes);
    const text = backupText([entry]);
    const out = { store: [] as number[], raw: [] as number[], sessionId: entry.session.id };
    for (let i = 0; i < runs; i++) {
      const [db, bare] = await Promise.all([
        openConfnotesDB(indexedDB, { name: `bench-import-${i}` }),
        openBare(`bench-import-raw-${i}`, ['sessions', 'sections', 'notes']),
      ]);
      out.raw.push(
        await time(async () => {
          const backup = JSON.parse(text) as { sessions: (typeof entry)[] };
          const [e] = backup.sessions;
          await rawPut(bare, { sessions: [e!.session], sections: e!.sections, notes: e!.notes });
        }),
      );
      out.store.push(
        await time(async () => {
          const summary = await importBackup(db, text);
          if (summary.notes !== notes) throw new Error(`import wrote ${summary.notes} notes, not ${notes}`);
        }),
      );
      db.close();
      bare.close();
    }
    return out;
  },

  /**
   * The floor under a backup import of `notes` notes: the file parsed, then every record put into bare object
   * stores (no indexes, no idb, no checks) in one transaction, in this page.
   */
  async rawImport(notes: number): Promise<number> {
    const text = backupText([generateSession(notes)]);
    const bare = await openBare(`bench-raw-import-${notes}`, ['sessions', 'sections', 'notes']);
    const ms = await time(async () => {
      const [e] = (JSON.parse(text) as { sessions: ReturnType<typeof generateSession>[] }).sessions;
      await rawPut(bare, { sessions: [e!.session], sections: e!.sections, notes: e!.notes });
    });
    bare.close();
    return ms;
  },

  /** loadSession of an imported session (from importBackup above), beside getAll of its notes on a bare store. */
  async loadSession(sessionId: string, notes: number, runs: number): Promise<{ store: number[]; raw: number[] }> {
    const store = createStore(await openConfnotesDB(indexedDB, { name: 'bench-import-0' }));
    const bare = await openBare('bench-import-raw-0', ['sessions', 'sections', 'notes']);
    const out = { store: [] as number[], raw: [] as number[] };
    for (let i = 0; i < runs; i++) {
      out.raw.push(
        await time(async () => {
          if ((await rawGetAll(bare, 'notes')).length !== notes) throw new Error('raw getAll missed notes');
        }),
      );
      out.store.push(
        await time(async () => {
          const contents = await store.loadSession(sessionId);
          const count = [...(contents?.notesBySection.values() ?? [])].reduce((n, list) => n + list.length, 0);
          if (count !== notes) throw new Error(`loadSession gave ${count} notes, not ${notes}`);
        }),
      );
    }
    return out;
  },

  /** `count` raw single-note puts, each its own transaction: the floor under saving one note. */
  async rawPuts(count: number): Promise<number[]> {
    const bare = await openBare('bench-puts');
    const note = generateSession(1).notes[0]!;
    const out: number[] = [];
    for (let i = 0; i < count; i++) out.push(await time(() => rawPut(bare, { notes: [{ ...note, id: `put-${i}` }] })));
    return out;
  },

  /** Imports sessions of these sizes into the extension's own database (the one the panel reads). */
  async seedExtension(sizes: number[]): Promise<Record<number, string>> {
    const db = await openConfnotesDB();
    const entries = sizes.map((n) => generateSession(n));
    await importBackup(db, backupText(entries));
    db.close();
    return Object.fromEntries(entries.map((e, i) => [sizes[i], e.session.id]));
  },

  /**
   * Two copies of the same `notes`-note session: one as it is, one where `snapshots` of its text notes (spread
   * evenly) show a 1920×1080 WebP frame, with their images. Resolves to the two session ids.
   */
  async seedSnapshots(notes: number, snapshots: number): Promise<{ plain: string; snapped: string }> {
    const canvas = new OffscreenCanvas(1920, 1080);
    const context = canvas.getContext('2d')!;
    const gradient = context.createLinearGradient(0, 0, 1920, 1080);
    gradient.addColorStop(0, '#1b3a6b');
    gradient.addColorStop(1, '#e8f0fc');
    context.fillStyle = gradient;
    context.fillRect(0, 0, 1920, 1080);
    context.fillStyle = '#ffffff';
    context.font = 'bold 96px sans-serif';
    context.fillText('Pipelines without tears', 120, 300);
    context.font = '48px sans-serif';
    for (let line = 0; line < 8; line++)
      context.fillText(`• point ${line + 1}: rollback before rollout`, 160, 440 + 70 * line);
    const blob = await canvas.convertToBlob({ type: 'image/webp', quality: 0.85 });
    const data = bytesToBase64(new Uint8Array(await blob.arrayBuffer()));
    const copy = (prefix: string): BackupEntry => {
      const entry = generateSession(notes);
      const id = (old: string) => `${prefix}-${old}`;
      return {
        session: { ...entry.session, id: id(entry.session.id), title: `${entry.session.title} (${prefix})` },
        sections: entry.sections.map((s) => ({ ...s, id: id(s.id), sessionId: id(s.sessionId) })),
        notes: entry.notes.map((n) => ({ ...n, id: id(n.id), sessionId: id(n.sessionId), sectionId: id(n.sectionId) })),
      };
    };
    const plain = copy('plain');
    const snapped = copy('snapped');
    const texts = snapped.notes.filter((n) => n.kind === 'text');
    const every = Math.max(1, Math.floor(texts.length / snapshots));
    const images: BackupImage[] = [];
    for (const note of texts.filter((_, i) => i % every === 0).slice(0, snapshots)) {
      if (note.kind !== 'text') continue;
      note.image = { id: `image-${note.id}`, width: 1920, height: 1080, mime: 'image/webp' };
      images.push({ ...note.image, noteId: note.id, data });
    }
    snapped.images = images;
    const db = await openConfnotesDB();
    await importBackup(db, backupText([plain, snapped]));
    db.close();
    return { plain: plain.session.id, snapped: snapped.session.id };
  },

  /**
   * Empties the extension's database (whatever earlier groups seeded) and imports the search workspace: 50,000
   * notes in 20 sessions. The background has not read them: its index is built by the first query.
   */
  async seedSearch(): Promise<{ sessionId: string; bytes: number }> {
    const db = await openConfnotesDB();
    const stores = ['sessions', 'sections', 'notePages', 'images'] as const;
    const tx = db.transaction(stores, 'readwrite');
    await Promise.all([...stores.map((s) => tx.objectStore(s).clear()), tx.done]);
    const entries = searchWorkspace();
    const text = backupText(entries);
    await importBackup(db, text);
    db.close();
    return { sessionId: entries[0]!.session.id, bytes: text.length };
  },

  /**
   * Reads what the background's index reads, as it does (every session and every section, then the notes 5,000 at
   * a time), and keeps the records for indexSearch.
   */
  async readSearch(): Promise<{ ms: number }> {
    const db = await openConfnotesDB();
    const store = createStore(db);
    const started = performance.now();
    const [sessions, sections] = await Promise.all([store.listAllSessions(), store.listAllSections()]);
    const notes: Note[] = [];
    for (let batch = await store.readNotes(null, 5_000); ; batch = await store.readNotes(batch.next, 5_000)) {
      notes.push(...batch.notes);
      if (batch.next === null) break;
    }
    const ms = performance.now() - started;
    db.close();
    kept.searchRecords = { sessions, sections, notes };
    return { ms };
  },

  /**
   * The background's index over the records readSearch kept: what the build target counts. The index is kept (on
   * the page's global) for its heap figure, the records let go.
   */
  indexSearch(): { ms: number; documents: number } {
    const { sessions, sections, notes } = kept.searchRecords!;
    kept.searchRecords = null;
    const started = performance.now();
    const index = new SearchIndex();
    sessions.forEach((session) => index.putSession(session));
    sections.forEach((section) => index.putSection(section));
    notes.forEach((note) => index.putNote(note));
    const ms = performance.now() - started;
    kept.benchSearchIndex = index;
    return { ms, documents: index.size };
  },

  /** Lets the index built above go, so the heap measured after it is the index's. */
  dropSearchIndex(): void {
    kept.benchSearchIndex = null;
  },

  /** The background's search service in this page, end to end: reads, index in slices, first answer. */
  async serviceSearch(): Promise<{ ms: number }> {
    const db = await openConfnotesDB();
    const started = performance.now();
    await createSearchService({ store: createStore(db), pause: nextTask }).search('lighthouse');
    const ms = performance.now() - started;
    db.close();
    return { ms };
  },

  /** The session the panel opens with and captures go into. */
  select(sessionId: string): Promise<void> {
    return saveSelection({ sessionId, sectionId: null });
  },
};

export type ConfnotesBench = typeof bench;
(globalThis as unknown as { confnotesBench: ConfnotesBench }).confnotesBench = bench;
document.title = 'Confnotes bench: ready';
