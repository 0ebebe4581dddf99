/**
 * Where notes go, in real Firefox as test/e2e/note-target.e2e.test.ts does in Chromium: with a talk paused in its
 * tab, "Open Spaces" chosen takes the note without a time; the popup chooses the section; two sidebar pages open
 * at once see each other's notes without reloading. What the note box showed is where each note is stored.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { Section, TextNote } from '../../../src/model/types';
import { describeFirefox, FIREFOX_SLOW, launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox';
import { button, byLabel, readAll, waitForText } from './page';
import { playerReady, seekTo, serveYouTube, TALK_A } from './youtube-site';

describeFirefox('where notes go', () => {
  let firefox: FirefoxWithExtension;
  let yt: Page;
  let panel: Page;

  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
    serveYouTube(firefox);
    yt = await firefox.openSite(TALK_A);
    await playerReady(yt);
    await seekTo(yt, 200); // paused, as during a break
    panel = await firefox.openPage('panel/index.html');
    await (await byLabel(panel, 'Title')).type('Fixture Conference 2026');
    await (await button(panel, 'Create session')).click();
    await panel.waitForFunction(() => !(document.getElementById('note-input') as HTMLTextAreaElement | null)?.disabled);
  }, FIREFOX_SLOW);
  afterAll(async () => {
    await firefox?.close();
  }, FIREFOX_SLOW);

  const target = (page: Page) => page.evaluate(() => document.querySelector('#note-target .target')?.textContent ?? '');

  async function typeNote(page: Page, text: string): Promise<{ note: TextNote; section: Section; shown: string }> {
    const box = await byLabel(page, 'Note');
    await box.type(text);
    const shown = await target(page);
    await box.press('Enter');
    await expect
      .poll(async () => (await readAll(page, 'notes')).some((n) => n.kind === 'text' && n.text === text))
      .toBe(true);
    const note = (await readAll(page, 'notes')).find((n): n is TextNote => n.kind === 'text' && n.text === text)!;
    const section = (await readAll(page, 'sections')).find((s) => s.id === note.sectionId)!;
    return { note, section, shown };
  }

  test('with a talk paused in its tab, a note typed with "Open Spaces" chosen is stored there without a time', async () => {
    await expect.poll(() => target(panel)).toBe('→ Deploying on Fridays without fear · 3:20 (new section)');
    const onTalk = await typeNote(panel, 'On the talk');
    expect(onTalk.note.at).toEqual({ videoId: 'cnfTalkAAA1', seconds: 200 });
    await (await button(panel, 'New section')).click();
    await (await byLabel(panel, 'Section title')).type('Open Spaces');
    await (await button(panel, 'Add section')).click();
    await expect.poll(() => target(panel)).toBe('→ Open Spaces');
    const hallway = await typeNote(panel, 'Said in the hallway');
    expect(hallway).toMatchObject({ shown: '→ Open Spaces', section: { title: 'Open Spaces' } });
    expect(hallway.note.at).toBeUndefined();
    await expect
      .poll(() => panel.evaluate(() => document.querySelector('.saved')?.textContent))
      .toBe('Saved to Open Spaces');
  });

  test('a section chosen in the popup is the choice; the popup note goes where its box said', async () => {
    const popup = await firefox.openPage('popup/index.html');
    const picker = await byLabel(popup, 'Section');
    const talk = (await readAll(popup, 'sections')).find((s) => s.sourceKey === 'youtube:cnfTalkAAA1')!;
    await picker.select(talk.id);
    await expect.poll(() => target(popup)).toBe(`→ ${talk.title} · 3:20`);
    const note = await typeNote(popup, 'From the popup');
    expect(note.section.id).toBe(talk.id);
    expect(note.note.at).toEqual({ videoId: 'cnfTalkAAA1', seconds: 200 });
    await popup.close();
  });

  test('two sidebar pages open at once see each other’s changes without reloading', async () => {
    const other = await firefox.openPage('panel/index.html');
    await waitForText(other, 'From the popup');
    await typeNote(other, 'Typed in the second page');
    await waitForText(panel, 'Typed in the second page');
    await typeNote(panel, 'Typed in the first page');
    await waitForText(other, 'Typed in the first page');
    await other.close();
  });
});
