/**
 * A test-only page added to a copy of the built extension by store-backup.e2e.test.ts: it exposes the real store
 * and backup modules to the test, so they run in Chromium's IndexedDB under the default MV3 page CSP (which is
 * where ajv's run-time compilation would fail).
 */
import { exportBackup } from '../../../src/backup/export';
import { importBackup } from '../../../src/backup/import';
import { BackupError } from '../../../src/backup/format';
import { createStore } from '../../../src/store/create-store';
import { openConfnotesDB } from '../../../src/store/db';
import { requestPersistence } from '../../../src/store/persist';
import '../../../src/store/record-checks-static';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));

let evalBlockedAtLoad: boolean;
try {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the probe checks that the page's CSP blocks eval
  evalBlockedAtLoad = new Function('return 1')() !== 1;
} catch {
  // Throwing is how a CSP that blocks eval answers.
  evalBlockedAtLoad = true;
}

const probe = {
  violations: () => violations,
  persist: () => requestPersistence(),
  /**
   * Whether the page forbade run-time code (what ajv.compile needs) when its own script tried it at load. Tried
   * here rather than from the test, because code the test evaluates over DevTools is exempt from the CSP.
   */
  evalBlocked: () => evalBlockedAtLoad,

  async write(title: string, text: string): Promise<string> {
    const store = createStore(await openConfnotesDB());
    const session = await store.createSession({
      title,
      date: '2019-06-20',
      description: '',
      tags: ['ops'],
      categories: [],
    });
    const talk = await store.sectionForSource(
      session.id,
      { kind: 'youtube', videoId: 'abcdefghijk' },
      { title: 'A talk' },
    );
    await store.addNote(session.id, talk.id, { kind: 'text', text, at: { videoId: 'abcdefghijk', seconds: 42 } });
    await store.clipPost(
      session.id,
      talk.id,
      {
        network: 'x',
        id: '1044',
        url: 'https://x.com/a/status/1044',
        authorName: 'A',
        handle: 'a',
        parts: [{ type: 'text', text: 'hi' }],
        time: '',
        lang: 'en',
        media: [],
      },
      '',
    );
    return session.id;
  },

  async notes(sessionId: string): Promise<string[]> {
    const loaded = await createStore(await openConfnotesDB()).loadSession(sessionId);
    return loaded ? [...loaded.notesBySection.values()].flat().map((n) => n.kind) : [];
  },

  async exportFrom(name: string): Promise<string> {
    return exportBackup(await openConfnotesDB(indexedDB, { name }), '2019-06-21T08:00:00.000Z');
  },

  async importInto(name: string, text: string): Promise<{ summary?: unknown; problems?: string[]; error?: string }> {
    try {
      return { summary: await importBackup(await openConfnotesDB(indexedDB, { name }), text) };
    } catch (error) {
      if (error instanceof BackupError) return { problems: error.problems };
      return { error: String(error) };
    }
  },
};

(globalThis as unknown as { confnotesProbe: typeof probe }).confnotesProbe = probe;
