/**
 * Where notes go, in real Chromium with the built extension: with a talk paused in its tab, a note typed with
 * "Open Spaces" chosen is stored there without a time; after "New section" a tweet clipped on X lands in it; the
 * popup chooses the section; a timed note moved out of its talk loses its time, and Undo puts it back; the saved
 * note is scrolled into view and announced; two panels open at once see each other's changes. What the note box
 * showed as the target is where each note is stored.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PIXEL, xRoute } from '../../support/fixtures/x/pages';
import * as fx from '../../support/fixtures/x/tweets';
import { clickToClipped } from '../../support/fixtures/x/clip-timing';
import { launchWithExtension, serveFixtures, type ExtensionBrowser } from '../../support/chromium';
import { playerReady, readStore, seekTo, serveYouTube, TALK_A } from '../../support/youtube-site';

let b: ExtensionBrowser;
let yt: Page;
let panel: Page;

const target = (page: Page) => page.locator('#note-target .target').textContent();

async function typeNote(page: Page, text: string) {
  const box = page.getByLabel('Note', { exact: true });
  await box.pressSequentially(text, { delay: 5 });
  const shown = await target(page);
  await box.press('Enter');
  await expect.poll(async () => (await readStore(b.sw)).notes.some((n) => n.text === text)).toBe(true);
  const stored = await readStore(b.sw);
  const note = stored.notes.find((n) => n.text === text)!;
  return { note, section: stored.sections.find((s) => s.id === note.sectionId)!, shown };
}

beforeAll(async () => {
  b = await launchWithExtension();
  await serveYouTube(b.ctx);
  await serveFixtures(b.ctx, 'https://x.com', xRoute);
  await b.ctx.route(/^https:\/\/(pbs|abs-0)\.twimg\.com\//, (r) =>
    r.fulfill({ contentType: 'image/png', body: PIXEL }),
  );
  yt = await b.ctx.newPage();
  await yt.goto(TALK_A);
  await playerReady(yt);
  await seekTo(yt, 200); // paused, as during a break
  await yt.bringToFront();
  panel = await b.openPage('panel/index.html');
  const form = panel.getByRole('form', { name: 'New session' });
  await form.getByLabel('Title').fill('Fixture Conference 2026');
  await form.getByRole('button', { name: 'Create session' }).click();
  await panel.locator('textarea#note-input:not([disabled])').waitFor();
});
afterAll(async () => {
  await b?.close({ removeProfile: true });
});

test('with a talk paused in its tab, a note typed with "Open Spaces" chosen is stored there without a time', async () => {
  await expect.poll(() => target(panel)).toBe('→ Deploying on Fridays without fear · 3:20 (new section)');
  const onTalk = await typeNote(panel, 'On the talk');
  expect(onTalk.section.sourceKey).toBe('youtube:cnfTalkAAA1');
  expect(onTalk.note.at).toEqual({ videoId: 'cnfTalkAAA1', seconds: 200 });
  expect(onTalk.shown).toBe(`→ ${onTalk.section.title} · 3:20 (new section)`);

  await panel.getByRole('button', { name: 'New section' }).click();
  await panel.getByLabel('Section title').fill('Open Spaces');
  await panel.getByRole('button', { name: 'Add section' }).click();
  await expect.poll(() => target(panel)).toBe('→ Open Spaces');
  const hallway = await typeNote(panel, 'Said in the hallway');
  expect(hallway.section.title).toBe('Open Spaces');
  expect(hallway.note.at).toBeUndefined();
  expect(hallway.shown).toBe('→ Open Spaces');
  // The saved note is announced, and on screen.
  await expect.poll(() => panel.locator('.saved').textContent()).toBe('Saved to Open Spaces');
  expect(await panel.locator('.note', { hasText: 'Said in the hallway' }).isVisible()).toBe(true);

  await panel.getByRole('button', { name: 'File under “Deploying on Fridays without fear” instead' }).click();
  await expect.poll(() => target(panel)).toBe(`→ ${onTalk.section.title} · 3:20`);
  expect((await typeNote(panel, 'Back on the talk')).note.at).toEqual({ videoId: 'cnfTalkAAA1', seconds: 200 });
});

test('after "New section", a tweet clipped on X lands in the new section', async () => {
  await panel.getByRole('button', { name: 'New section' }).click();
  await panel.getByLabel('Section title').fill('Lunch chats');
  await panel.getByRole('button', { name: 'Add section' }).click();
  await expect.poll(() => target(panel)).toBe('→ Lunch chats');
  const x = await b.ctx.newPage();
  await x.goto('https://x.com/search?q=%23FjordOps');
  await x.bringToFront();
  await clickToClipped(x, fx.plain.id);
  const stored = await readStore(b.sw);
  const lunch = stored.sections.find((s) => s.title === 'Lunch chats')!;
  const clip = (
    await panel.evaluate(
      () =>
        new Promise<{ kind: string; sectionId: string }[]>((resolve) => {
          const open = indexedDB.open('confnotes');
          open.onsuccess = () => {
            const all = open.result.transaction('notePages').objectStore('notePages').getAll();
            all.onsuccess = () => {
              resolve((all.result as { notes: { kind: string; sectionId: string }[] }[]).flatMap((p) => p.notes));
              open.result.close();
            };
          };
        }),
    )
  ).find((n) => n.kind === 'post')!;
  expect(clip.sectionId).toBe(lunch.id);
  await panel.locator('section', { hasText: 'Lunch chats' }).locator('.note[data-kind="post"]').waitFor();
  await x.close();
  await yt.bringToFront();
});

test('a section chosen in the popup is the choice; the popup note goes where its box said', async () => {
  const popup = await b.openPage('popup/index.html');
  const picker = popup.getByRole('combobox', { name: 'Section' });
  await picker.selectOption({ label: 'Open Spaces' });
  await expect.poll(() => target(popup)).toBe('→ Open Spaces');
  await expect.poll(() => target(panel)).toBe('→ Open Spaces');
  const note = await typeNote(popup, 'From the popup');
  expect(note.section.title).toBe('Open Spaces');
  expect(note.shown).toBe('→ Open Spaces');
  await popup.close();
});

test("a timed note moved out of its talk's section loses its time; Undo puts it back", async () => {
  const item = panel.locator('.note').filter({ has: panel.getByText('On the talk', { exact: true }) });
  await item.getByRole('button', { name: 'Note actions' }).click();
  await item.getByRole('combobox', { name: 'Move to section' }).selectOption({ label: 'Open Spaces' });
  await expect
    .poll(async () => (await readStore(b.sw)).notes.find((n) => n.text === 'On the talk')?.at)
    .toBeUndefined();
  await panel.getByText(/: its time 3:20 was removed/).waitFor();
  await panel.getByRole('button', { name: 'Undo' }).click();
  await expect
    .poll(async () => (await readStore(b.sw)).notes.find((n) => n.text === 'On the talk')?.at)
    .toEqual({ videoId: 'cnfTalkAAA1', seconds: 200 });
});

test('two panels open at once see each other’s changes without reloading', async () => {
  const other = await b.openPage('panel/index.html');
  await other.getByText('From the popup').waitFor();
  await typeNote(other, 'Typed in the second panel');
  await panel.getByText('Typed in the second panel').waitFor();
  await typeNote(panel, 'Typed in the first panel');
  await other.getByText('Typed in the first panel').waitFor();
  await other.close();
});

test('a control reached from the keyboard is scrolled above the docked note box, not left under it', async () => {
  await panel.setViewportSize({ width: 420, height: 520 });
  const buttons = panel.getByRole('button', { name: 'Note actions' });
  const last = buttons.nth((await buttons.count()) - 1);
  // Scrolled so that the button is inside the window but behind the dock: the browser sees it as in view.
  await last.evaluate((el) => {
    const dock = document.querySelector('.dock')!.getBoundingClientRect();
    window.scrollBy(0, el.getBoundingClientRect().top - (dock.top + dock.height / 2));
  });
  const before = await last.boundingBox();
  expect(before!.y).toBeLessThan(520);
  await last.focus();
  const [button, dock] = await Promise.all([last.boundingBox(), panel.locator('.dock').boundingBox()]);
  expect(button!.y + button!.height).toBeLessThanOrEqual(dock!.y);
  await panel.setViewportSize({ width: 1280, height: 720 });
});
