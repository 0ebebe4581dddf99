/**
 * The foundation in real Chromium with dist/chrome: a session and notes written in the side panel page and the
 * popup page survive a browser restart; a backup exported from that profile and imported into a fresh one gives
 * the same backup again; a broken backup file is refused with a message and changes nothing.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { launchWithExtension, newProfileDir, type ExtensionBrowser } from '../../support/chromium';

/** Each test launches Chromium twice; on a loaded 2-core machine that alone can take half a minute. */
const SLOW = 180_000;
const opened: ExtensionBrowser[] = [];
afterAll(async () => {
  for (const b of opened) await b.close({ removeProfile: true }).catch(() => undefined);
});

async function launch(profileDir?: string) {
  const b = await launchWithExtension({ profileDir });
  opened.push(b);
  return b;
}

async function addNote(page: Page, text: string) {
  const box = page.getByRole('textbox', { name: 'Note' });
  await box.fill(text);
  await box.press('Enter');
  await expect.poll(() => box.inputValue()).toBe('');
}

async function exportFromOptions(b: ExtensionBrowser): Promise<{ name: string; text: string }> {
  const options = await b.openPage('options/index.html');
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export backup' }).click();
  const file = await download;
  const text = await readFile(await file.path(), 'utf8');
  await options.close();
  return { name: file.suggestedFilename(), text };
}

/** The backup without its export time: what must be identical between two exports of the same data. */
const content = (text: string) => ({ ...JSON.parse(text), exportedAt: null });

describe('foundation', () => {
  const profileDir = newProfileDir();
  let firstExport = '';

  test(
    'notes written in the panel and the popup are there after the browser restarts',
    async () => {
      let b = await launch(profileDir);
      const panel = await b.openPage('panel/index.html');
      const form = panel.getByRole('form', { name: 'New session' });
      await form.getByLabel('Title').fill('DevOpsDays London 2018');
      await form.getByLabel('Date').fill('2018-09-25');
      await form.getByRole('button', { name: 'Create session' }).click();
      await expect
        .poll(() => panel.getByRole('combobox', { name: 'Session' }).locator('option:checked').textContent())
        .toBe('DevOpsDays London 2018 (2018-09-25)');
      await panel.getByRole('button', { name: 'New section' }).click();
      await panel.getByLabel('Section title').fill('Keynote: small batches');
      await panel.getByRole('button', { name: 'Add section' }).click();
      await addNote(panel, 'Written in the panel');

      const popup = await b.openPage('popup/index.html');
      await expect
        .poll(() => popup.locator('.quick-capture .session').textContent())
        .toBe('Into DevOpsDays London 2018');
      await expect.poll(() => popup.locator('#note-target .target').textContent()).toBe('→ Keynote: small batches');
      await addNote(popup, 'Written in the popup');
      // The panel hears the popup's change and shows the note without a reload.
      await panel.getByText('Written in the popup').waitFor();

      await b.close();
      b = await launch(profileDir);
      const again = await b.openPage('panel/index.html');
      await again.getByText('Written in the popup').waitFor();
      const notes = await again.locator('.note .note-text').allTextContents();
      expect(notes).toEqual(['Written in the panel', 'Written in the popup']);
      expect(await again.getByRole('combobox', { name: 'Session' }).locator('option:checked').textContent()).toBe(
        'DevOpsDays London 2018 (2018-09-25)',
      );

      const exported = await exportFromOptions(b);
      expect(exported.name).toMatch(/^confnotes-backup-\d{4}-\d{2}-\d{2}\.json$/);
      firstExport = exported.text;
      expect(JSON.parse(firstExport).sessions[0].notes).toHaveLength(2);
    },
    SLOW,
  );

  test(
    'a backup imported into a fresh profile exports the same content; a broken file changes nothing',
    async () => {
      expect(firstExport).not.toBe('');
      const fresh = await launch();
      const file = path.join(tmpdir(), `confnotes-e2e-backup-${process.pid}.json`);
      await writeFile(file, firstExport);
      const options = await fresh.openPage('options/index.html');
      await options.getByLabel('Import backup').setInputFiles(file);
      await expect
        .poll(() => options.getByRole('status').last().textContent())
        .toMatch(/^Imported .*: 1 session, 1 section, 2 notes\.$/);

      const second = await exportFromOptions(fresh);
      expect(content(second.text)).toEqual(content(firstExport));
      expect(second.text.replace(/"exportedAt": *"[^"]*"/, '')).toBe(firstExport.replace(/"exportedAt": *"[^"]*"/, ''));

      const broken = JSON.parse(firstExport);
      broken.sessions[0].notes[1].kind = 'bogus';
      await writeFile(file, JSON.stringify(broken));
      await options.getByLabel('Import backup').setInputFiles(file);
      const alert = options.getByRole('alert').last();
      await expect.poll(() => alert.textContent()).toContain('was not imported: nothing changed.');
      expect(await alert.textContent()).toMatch(/sessions\[0\]\.notes\[1\]\.kind/);
      const after = await exportFromOptions(fresh);
      expect(content(after.text)).toEqual(content(second.text));

      const panel = await fresh.openPage('panel/index.html');
      await panel.getByText('Written in the popup').waitFor();
    },
    SLOW,
  );

  test(
    '"Open side panel" in the popup opens the real side panel and closes the popup',
    async () => {
      const b = await launch();
      const witness = await b.openPage('options/index.html');
      const cdp = await b.ctx.newCDPSession(witness);
      const panels = async () =>
        (await cdp.send('Target.getTargets')).targetInfos.filter(
          (t) => t.url === `chrome-extension://${b.extensionId}/panel/index.html`,
        ).length;
      expect(await panels()).toBe(0);
      const popup = await b.openPage('popup/index.html');
      const closed = popup.waitForEvent('close');
      await popup.getByRole('button', { name: 'Open side panel' }).click();
      await closed;
      await expect.poll(panels).toBe(1);
    },
    SLOW,
  );
});
