// The workspace in Firefox's sidebar page: a session and notes made there are stored and shown again.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { describeFirefox, launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox';
import { button, byLabel, readAll, waitForText } from './page';

describeFirefox('session and notes in the sidebar page', () => {
  let firefox: FirefoxWithExtension;
  let panel: Page;
  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
    panel = await firefox.openPage('panel/index.html');
  });
  afterAll(async () => { await firefox?.close(); });

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
      return select instanceof HTMLSelectElement && select.selectedOptions[0]?.textContent?.includes('DevOpsDays London 2018');
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
    expect(notes[0]).toMatchObject({ kind: 'text', text: 'Opening keynote: ship small,\nundo often', sessionId: session!.id });
  });

  test('a new sidebar page shows the same session and note', async () => {
    const again = await firefox.openPage('panel/index.html');
    await waitForText(again, 'undo often');
    const select = await byLabel(again, 'Session');
    expect(await select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)).toContain('DevOpsDays London 2018');
    await again.close();
  });
});
