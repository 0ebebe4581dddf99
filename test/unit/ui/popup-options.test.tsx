// @vitest-environment jsdom
/**
 * The popup's quick capture (into the remembered session and section, with a draft that survives closing) and
 * the options page's settings form and backup controls.
 */
import { configure, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { freshStore } from '../../../src/store/test-support';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../../../src/settings/settings';
import { localWorkspace } from '../../../src/ui/test-support';
import { QuickCapture, type DraftStorage } from '../../../popup/quick-capture';
import { SettingsForm } from '../../../options/settings-form';
import { BackupPanel } from '../../../options/backup-panel';
import { backupIO } from '../../../options/backup-io';
import { fillSampleProfile } from '../../../src/backup/test-support';
import { backupText, generateSession } from '../../../bench/generate-session';

afterEach(cleanup);
// The default 1 s for findBy/waitFor is too tight for IndexedDB plus rendering on a loaded 2-core machine.
configure({ asyncUtilTimeout: 5000 });

function memoryDraft(): DraftStorage & { text: string } {
  return {
    text: '',
    async load() {
      return this.text;
    },
    async save(text) {
      this.text = text;
    },
  };
}

describe('popup quick capture', () => {
  test('a draft survives closing the popup, and saving stores it in the chosen section and clears the draft', async () => {
    const { store } = await freshStore();
    const session = await store.createSession({
      title: 'DevOpsDays London 2018',
      date: '',
      description: '',
      tags: [],
      categories: [],
    });
    const keynote = await store.addSection(session.id, { title: 'Keynote' });
    await store.addSection(session.id, { title: 'Open Spaces' });
    const { deps, sent } = localWorkspace(store, { selection: { sessionId: session.id, sectionId: keynote.id } });
    const draft = memoryDraft();

    const first = render(<QuickCapture deps={deps} draft={draft} onOpenPanel={() => undefined} />);
    fireEvent.input(await screen.findByRole('textbox', { name: 'Note' }), { target: { value: 'half a thought' } });
    expect(draft.text).toBe('half a thought');
    first.unmount(); // the popup closes

    render(<QuickCapture deps={deps} draft={draft} onOpenPanel={() => undefined} />);
    const box = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Note' });
    expect(box.value).toBe('half a thought');
    expect(screen.getByText('→ Keynote')).toBeTruthy();
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(box.value).toBe(''));
    expect(draft.text).toBe('');
    expect(
      (await store.loadSession(session.id))!.notesBySection.get(keynote.id)!.map((n) => n.kind === 'text' && n.text),
    ).toEqual(['half a thought']);
    expect(sent.map((a) => a.change.kind)).toEqual(['note/added']);
    expect(document.querySelector('.status')!.textContent).toBe('Saved to Keynote.');
  });

  test('the popup chooses the section (stored as the choice) and the note goes where the box said', async () => {
    const { store } = await freshStore();
    const session = await store.createSession({
      title: 'DevOpsDays London 2018',
      date: '',
      description: '',
      tags: [],
      categories: [],
    });
    const keynote = await store.addSection(session.id, { title: 'Keynote' });
    const open = await store.addSection(session.id, { title: 'Open Spaces' });
    const local = localWorkspace(store, { selection: { sessionId: session.id, sectionId: keynote.id } });
    render(<QuickCapture deps={local.deps} draft={memoryDraft()} onOpenPanel={() => undefined} />);
    const picker = await screen.findByRole<HTMLSelectElement>('combobox', { name: 'Section' });
    fireEvent.change(picker, { target: { value: open.id } });
    await screen.findByText('→ Open Spaces');
    expect(await local.selection.load()).toEqual({ sessionId: session.id, sectionId: open.id });
    const box = screen.getByRole('textbox', { name: 'Note' });
    fireEvent.input(box, { target: { value: 'hallway track' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(document.querySelector('.status')!.textContent).toBe('Saved to Open Spaces.'));
    expect(
      (await store.loadSession(session.id))!.notesBySection.get(open.id)!.map((n) => n.kind === 'text' && n.text),
    ).toEqual(['hallway track']);
  });

  test('a talk note says it was saved to the talk’s section, at its time', async () => {
    const { store } = await freshStore();
    const session = await store.createSession({
      title: 'DevOpsDays London 2018',
      date: '',
      description: '',
      tags: [],
      categories: [],
    });
    const keynote = await store.addSection(session.id, { title: 'Keynote' });
    const local = localWorkspace(store, { selection: { sessionId: session.id, sectionId: keynote.id } });
    const source = { kind: 'youtube' as const, videoId: 'cnfTalkAAA1' };
    const frozen = {
      moment: { videoId: source.videoId, seconds: 65 },
      source,
      title: 'Deploying on Fridays',
      problem: '',
    };
    const save = async (text: string) => {
      const done = await local.deps.ask('note/capture', { text, frozen });
      if ('error' in done) throw new Error(done.error);
      return done.value;
    };
    render(
      <QuickCapture
        deps={local.deps}
        draft={memoryDraft()}
        onOpenPanel={() => undefined}
        save={save}
        frozen={frozen}
      />,
    );
    const box = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Note' });
    await screen.findByText('→ Deploying on Fridays · 1:05 (new section)');
    fireEvent.input(box, { target: { value: 'at 1:05' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() =>
      expect(document.querySelector('.status')!.textContent).toBe('Saved to Deploying on Fridays at 1:05.'),
    );
    expect(box.value).toBe('');
  });
});

describe('options', () => {
  test('each change is saved at once and confirmed', async () => {
    let stored: Settings = DEFAULT_SETTINGS;
    render(<SettingsForm storage={{ load: async () => stored, save: async (s) => (stored = normalizeSettings(s)) }} />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Markdown quote' }));
    await waitFor(() => expect(stored.export.tweets).toBe('quote'));
    fireEvent.change(screen.getByRole('spinbutton', { name: /Rewind seconds/ }), { target: { value: '5' } });
    await waitFor(() => expect(stored.capture.rewindSeconds).toBe(5));
    fireEvent.click(screen.getByRole('checkbox', { name: /Front matter/ }));
    await waitFor(() => expect(stored.export.frontMatter).toBe(false));
    expect(screen.getByRole('status').textContent).toBe('Settings saved.');
  });

  test('export downloads a dated backup file; a refused import names its problems; a good one says what it added', async () => {
    const { store, db } = await freshStore();
    await fillSampleProfile(store);
    const downloads: [string, string][] = [];
    let imported = 0;
    const backup = backupIO(db, () => {
      imported += 1;
    });
    render(
      <BackupPanel
        backup={backup}
        download={(name, file) => void file.text().then((text) => downloads.push([name, text]))}
        now={() => new Date(2018, 8, 25, 12)}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export backup' }));
    await waitFor(() => expect(downloads.map(([name]) => name)).toEqual(['confnotes-backup-2018-09-25.json']));
    const exported = JSON.parse(downloads[0]![1]);
    expect(exported.sessions).toHaveLength(2);

    const input = screen.getByLabelText<HTMLInputElement>('Import backup');
    const choose = (file: File) => fireEvent.change(input, { target: { files: [file] } });
    exported.sessions[0].notes[3].kind = 'video';
    choose(new File([JSON.stringify(exported)], 'broken.json', { type: 'application/json' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('sessions[0].notes[3].kind: must be one of'),
    );
    expect(screen.getByRole('alert').textContent).toContain('broken.json was not imported: nothing changed.');
    const fresh = await freshStore('other');
    cleanup();
    render(
      <BackupPanel
        backup={backupIO(fresh.db, () => {
          imported += 1;
        })}
      />,
    );
    const again = screen.getByLabelText<HTMLInputElement>('Import backup');
    fireEvent.change(again, {
      target: { files: [new File([downloads[0]![1]], 'good.json', { type: 'application/json' })] },
    });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Imported good.json: 2 sessions, 3 sections, 6 notes.'),
    );
    expect(screen.getByRole('alert').textContent).toBe('');
    expect(imported).toBe(1);
  }, 20_000);

  test('a big import shows its progress, and Cancel rolls it back whole', async () => {
    const { db } = await freshStore();
    render(<BackupPanel backup={backupIO(db, () => undefined)} />);
    const input = screen.getByLabelText<HTMLInputElement>('Import backup');
    fireEvent.change(input, { target: { files: [new File([backupText([generateSession(6000)])], 'big.json')] } });
    const bar = await screen.findByRole('progressbar', { name: 'Importing' });
    await waitFor(() => expect(Number(bar.getAttribute('value'))).toBeGreaterThan(0), { timeout: 20_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel import' }));
    await waitFor(
      () => expect(screen.getByRole('status').textContent).toBe('Import of big.json cancelled: nothing changed.'),
      { timeout: 20_000 },
    );
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(await db.count('notePages')).toBe(0);
    expect(await db.count('sessions')).toBe(0);
  }, 30_000);
});
