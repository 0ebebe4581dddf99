// The workspace in Firefox's sidebar page: a session and notes made there and in the popup are stored, shown in
// every page, and still there after Firefox restarts; the popup's button opens the real sidebar.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  describeFirefox,
  FIREFOX_SLOW,
  launchFirefoxWithExtension,
  newFirefoxProfile,
  type FirefoxWithExtension,
} from './firefox';
import { button, byLabel, readAll, waitForText } from './page';

type SidebarApi = { browser: { sidebarAction: { isOpen: (details: object) => Promise<boolean> } } };

describeFirefox('session and notes in the sidebar page', () => {
  const profile = newFirefoxProfile();
  let firefox: FirefoxWithExtension;
  let panel: Page;
  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension({ userDataDir: profile });
    panel = await firefox.openPage('panel/index.html');
  }, FIREFOX_SLOW);
  afterAll(async () => {
    await firefox?.close();
    rmSync(profile, { recursive: true, force: true });
  }, FIREFOX_SLOW);

  const noteTexts = (page: Page) => page.$$eval('.note .note-text', (found) => found.map((n) => n.textContent));

  test('create a session', async () => {
    await (await button(panel, 'New session')).click();
    await (await byLabel(panel, 'Title')).type('DevOpsDays London 2018');
    const date = await byLabel(panel, 'Date');
    // A date input's keyboard format follows the locale: set the value as the picker would.
    await date.evaluate((el) => {
      (el as HTMLInputElement).value = '2018-09-20';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await (await byLabel(panel, 'Tags')).type('devops, london');
    await (await button(panel, 'Create session')).click();

    await panel.waitForFunction(() => {
      const select = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Session')?.control;
      return (
        select instanceof HTMLSelectElement &&
        select.selectedOptions[0]?.textContent?.includes('DevOpsDays London 2018')
      );
    });
    const [session, ...others] = await readAll(panel, 'sessions');
    expect(others).toEqual([]);
    expect(session).toMatchObject({ title: 'DevOpsDays London 2018', date: '2018-09-20', tags: ['devops', 'london'] });
  });

  test('Enter saves a note, Shift+Enter makes a new line', async () => {
    const box = await byLabel(panel, 'Note');
    await panel.waitForFunction((el) => !(el as HTMLTextAreaElement).disabled, {}, box);
    await box.type('Opening keynote: ship small,');
    await panel.keyboard.down('Shift');
    await panel.keyboard.press('Enter');
    await panel.keyboard.up('Shift');
    await box.type('undo often');
    await panel.keyboard.press('Enter');

    await waitForText(panel, 'undo often');
    expect(await box.evaluate((el) => (el as HTMLTextAreaElement).value)).toBe('');
    const [session] = await readAll(panel, 'sessions');
    const notes = await readAll(panel, 'notes');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      kind: 'text',
      text: 'Opening keynote: ship small,\nundo often',
      sessionId: session!.id,
    });
  });

  test('a note from the popup goes into the chosen session, and the sidebar page shows it at once', async () => {
    const popup = await firefox.openPage('popup/index.html');
    await popup.waitForFunction(() =>
      document.querySelector('.quick-capture .session')?.textContent?.startsWith('Into DevOpsDays London 2018'),
    );
    const box = await byLabel(popup, 'Note');
    await box.type('Written in the popup');
    await box.press('Enter');
    await popup.waitForFunction((el) => (el as HTMLTextAreaElement).value === '', {}, box);
    await waitForText(panel, 'Written in the popup');
    expect(await noteTexts(panel)).toEqual(['Opening keynote: ship small,\nundo often', 'Written in the popup']);
  });

  test('"Open sidebar" in the popup opens Firefox’s sidebar', async () => {
    const isOpen = () => panel.evaluate(() => (globalThis as unknown as SidebarApi).browser.sidebarAction.isOpen({}));
    expect(await isOpen()).toBe(false);
    const popup = await firefox.openPage('popup/index.html');
    await (await button(popup, 'Open sidebar')).click();
    await expect.poll(isOpen).toBe(true);
  });

  test('after Firefox restarts on the same profile, the session and notes are there', async () => {
    await firefox.close();
    firefox = await launchFirefoxWithExtension({ userDataDir: profile });
    const again = await firefox.openPage('panel/index.html');
    await waitForText(again, 'Written in the popup');
    expect(await noteTexts(again)).toEqual(['Opening keynote: ship small,\nundo often', 'Written in the popup']);
    const select = await byLabel(again, 'Session');
    expect(await select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)).toContain(
      'DevOpsDays London 2018',
    );
  });
});
