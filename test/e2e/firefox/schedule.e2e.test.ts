/**
 * The event's schedule in real Firefox, as test/e2e/schedule.e2e.test.ts does in Chromium: import a schedule file
 * in the sidebar page, the talk on now by the clock is the note's target, notes taken during two parallel talks are
 * stored with their clock moment and shown as +mm:ss, "Link video" with one alignment gives the first talk's note
 * its moment in the recording, and the writeup has both talks in schedule order.
 *
 * The clock: Firefox's background is an event page, a window of the extension's own origin, so the sidebar page
 * reaches it through runtime.getBackgroundPage() and sets its Date.now, as the Chromium test sets the service
 * worker's through DevTools; the page's own Date.now is set before the import, which starts its ticking at that
 * moment. The background page is kept from idling out meanwhile (a restarted one would read the real clock).
 */
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ROOT } from '../../../support/chromium';
import { TALK_A } from '../../../support/fixtures/youtube/talks';
import { describeFirefox, FIREFOX_SLOW, launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox';
import { button, byLabel, readAll, waitForText } from './page';

const SCHEDULES = path.join(ROOT, 'test/fixtures/schedule');
/** 10:12:05 in Berlin on the first day: "Opening" (Saal 1) and "Parsing Calendars" (Room 2) are on. */
const NOW = Date.parse('2026-03-28T09:12:05Z');

type Extension = { browser: { runtime: { getBackgroundPage: () => Promise<{ Date: DateConstructor }> } } };

describeFirefox('the schedule by the clock in the sidebar page', () => {
  let firefox: FirefoxWithExtension;
  let panel: Page;
  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension({ prefs: { 'extensions.background.idle.timeout': 3_600_000 } });
    panel = await firefox.openPage('panel/index.html');
    await panel.evaluate(async (now) => {
      Date.now = () => now;
      const background = await (globalThis as unknown as Extension).browser.runtime.getBackgroundPage();
      background.Date.now = () => now;
    }, NOW);
  }, FIREFOX_SLOW);
  afterAll(async () => firefox?.close(), FIREFOX_SLOW);

  /** Focus and Enter: what a keyboard user does, and no other element can be in the way. */
  async function press(control: ElementHandle<Element>) {
    await control.focus();
    await panel.keyboard.press('Enter');
  }

  const target = () => panel.$eval('#note-target .target', (el) => el.textContent);

  async function typeNote(text: string) {
    const box = await byLabel(panel, 'Note');
    await panel.waitForFunction((el) => !(el as HTMLTextAreaElement).disabled, {}, box);
    await box.type(text);
    await panel.keyboard.press('Enter');
    await expect
      .poll(async () => (await readAll(panel, 'notes')).some((n) => 'text' in n && n.text === text))
      .toBe(true);
    const note = (await readAll(panel, 'notes')).find((n) => 'text' in n && n.text === text)!;
    const section = (await readAll(panel, 'sections')).find((s) => s.id === note.sectionId)!;
    return { note: note as typeof note & { clock?: { at: number } }, section };
  }

  test('an imported schedule makes the talk on now the target; notes keep their clock moment and show +mm:ss', async () => {
    await (await button(panel, 'New session')).click();
    await (await byLabel(panel, 'Title')).type('Demo Conf 2026');
    await (await button(panel, 'Create session')).click();
    await panel.waitForFunction(() => {
      const select = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Session')?.control;
      return select instanceof HTMLSelectElement && select.selectedOptions[0]?.textContent?.includes('Demo Conf 2026');
    });
    await panel.waitForSelector('textarea#note-input:not([disabled])');
    // Below the list, where the docked note box may cover it at this window's size: clicked as the keyboard would.
    await press(await button(panel, 'Import schedule'));
    const file = (await byLabel(panel, 'Schedule file (.json, .xml, .ics)')) as ElementHandle<HTMLInputElement>;
    await file.uploadFile(path.join(SCHEDULES, 'pretalx-v1.json'));
    await waitForText(panel, 'New: 9');
    await press(await button(panel, 'Import'));
    await waitForText(panel, 'Schedule imported');
    await expect.poll(target).toBe('→ Opening: Notes at the Edge · Saal 1 · started 12 min ago');

    const first = await typeNote('Edge devices sync late');
    expect(first.section.title).toBe('Opening: Notes at the Edge');
    expect(first.note.clock?.at).toBe(NOW);
    await expect.poll(() => panel.$eval(`#note-${first.note.id} .moment`, (el) => el.textContent)).toBe('+12:05');

    // One click moves the slot to the other room.
    await (await button(panel, 'Room 2: Parsing Calendars Without Tears instead')).click();
    await expect.poll(target).toBe('→ Parsing Calendars Without Tears · Room 2 · started 12 min ago');
    const second = await typeNote('RRULEs are a language');
    expect(second.section.title).toBe('Parsing Calendars Without Tears');
    expect(second.note.clock?.at).toBe(NOW);
  });

  test('"Link video" with one alignment gives the talk’s note its moment; the writeup has both talks in order', async () => {
    await (await button(panel, 'Actions for section Opening: Notes at the Edge')).click();
    await (await button(panel, 'Link video')).click();
    await (await byLabel(panel, 'Video address')).type(TALK_A);
    // The talk's scheduled start (10:00) is at 0:48 in the video: the note at +12:05 is at 12:53.
    await (await byLabel(panel, 'at, in the video')).type('0:48');
    await panel.$eval('form[aria-label="Link video"] button[type="submit"]', (b) => b.click());
    const note = (await readAll(panel, 'notes')).find((n) => 'text' in n && n.text === 'Edge devices sync late')!;
    await expect
      .poll(() => panel.$eval(`#note-${note.id} a.moment`, (a) => a.textContent).catch(() => ''))
      .toBe('12:53');
    expect(await panel.$eval(`#note-${note.id} a.moment`, (a) => a.href)).toBe(
      'https://www.youtube.com/watch?v=cnfTalkAAA1&t=773s',
    );

    const markdown = (await firefox.download(async () => (await button(panel, 'Export Markdown')).click())).text;
    const headings = markdown.split('\n').filter((l) => l.startsWith('## '));
    expect(headings.slice(0, 2)).toEqual(['## Opening: Notes at the Edge', '## Parsing Calendars Without Tears']);
    expect(markdown).toContain('[12:53](https://www.youtube.com/watch?v=cnfTalkAAA1&t=773s) Edge devices sync late');
    expect(markdown).toContain('+12:05 RRULEs are a language');
  });
});
