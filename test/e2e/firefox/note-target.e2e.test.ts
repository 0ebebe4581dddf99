/**
 * Where notes go, in real Firefox as test/e2e/note-target.e2e.test.ts does in Chromium: with a talk paused in its
 * tab, "Open Spaces" chosen takes the note without a time; after "New section" a tweet clipped on X lands in it,
 * and takes a comment afterwards; the popup chooses the section; a timed note moved out of its talk loses its
 * time and Undo puts it back; two sidebar pages open at once see each other's notes without reloading. What the
 * note box showed is where each note is stored.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { Section, TextNote } from '../../../src/model/types';
import { PIXEL, xRoute } from '../../../support/fixtures/x/pages';
import * as fx from '../../../support/fixtures/x/tweets';
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
    firefox.serveFixtures('https://x.com', xRoute);
    for (const host of ['https://pbs.twimg.com', 'https://abs-0.twimg.com']) {
      firefox.serveFixtures(host, () => ({ body: PIXEL, contentType: 'image/png' }));
    }
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

  test('after "New section", a tweet clipped on X lands in the new section, and takes a comment afterwards', async () => {
    await (await button(panel, 'New section')).click();
    const title = await byLabel(panel, 'Section title');
    await title.type('Lunch chats');
    // Enter, as a keyboard user adds it: with the list this long, the form's button is in the viewport but under
    // the docked note box (y 440 of 600), and puppeteer clicks an element in view where it is, on the dock.
    await title.press('Enter');
    await expect.poll(() => target(panel)).toBe('→ Lunch chats');
    const x = await firefox.openSite('https://x.com/search?q=%23FjordOps');
    const host = await x.waitForSelector(`[data-confnotes="clip"][data-confnotes-id="${fx.plain.id}"]`);
    // A real click; the button's label is in a closed shadow root (read in Chromium through the DevTools protocol):
    // here what the click did is read from the store.
    await host!.click();
    const clip = async () => (await readAll(panel, 'notes')).find((n) => n.kind === 'post');
    await expect.poll(async () => (await clip())?.sectionId).toBeTruthy();
    const lunch = (await readAll(panel, 'sections')).find((s) => s.title === 'Lunch chats')!;
    expect((await clip())!.sectionId).toBe(lunch.id);
    await waitForText(panel, 'Lunch chats');

    // "Add comment" sits at the right end of the same button: a real click there opens the field; Enter saves.
    const box = (await host!.boundingBox())!;
    await x.mouse.click(box.x + box.width - 14, box.y + box.height / 2);
    await x.keyboard.type('Ask about the rollout');
    await x.keyboard.press('Enter');
    await expect
      .poll(async () => {
        const note = await clip();
        return note?.kind === 'post' ? note.comment : undefined;
      })
      .toBe('Ask about the rollout');
    // Opened again, Escape leaves the comment as it was.
    await x.mouse.click(box.x + box.width - 14, box.y + box.height / 2);
    await x.keyboard.type(' (not this)');
    await x.keyboard.press('Escape');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const kept = await clip();
    expect(kept?.kind === 'post' && kept.comment).toBe('Ask about the rollout');
    expect(x.url()).toBe('https://x.com/search?q=%23FjordOps');
    await x.close();
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

  test("a timed note moved out of its talk's section loses its time; Undo puts it back", async () => {
    const onTalk = async () =>
      (await readAll(panel, 'notes')).find((n): n is TextNote => n.kind === 'text' && n.text === 'On the talk');
    const openSpaces = (await readAll(panel, 'sections')).find((s) => s.title === 'Open Spaces')!;
    const item = await panel.waitForFunction(() =>
      [...document.querySelectorAll('.note')].find((n) => n.querySelector('.note-text')?.textContent === 'On the talk'),
    );
    await (await item.asElement()!.$('button[aria-label="Note actions"]'))!.click();
    const move = await item.asElement()!.waitForSelector('select[aria-label="Move to section"]');
    await move!.select(openSpaces.id);
    await expect.poll(async () => (await onTalk())?.sectionId).toBe(openSpaces.id);
    expect((await onTalk())?.at).toBeUndefined();
    await waitForText(panel, 'its time 3:20 was removed');
    await (await button(panel, 'Undo')).click();
    await expect.poll(async () => (await onTalk())?.at).toEqual({ videoId: 'cnfTalkAAA1', seconds: 200 });
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
