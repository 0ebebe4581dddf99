/**
 * YouTube notes in real Chromium: notes typed in the panel page (opened as a tab, while the YouTube tab stays the
 * context) carry the player's moment and land under the talk, across in-page navigation; timestamps seek; ads and
 * pages that are not talks give notes without a timestamp and the panel says why.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../support/chromium';
import { PROBLEMS } from '../../src/capture/youtube/page';
import {
  playerReady,
  playerTime,
  readStore,
  seekTo,
  serveYouTube,
  TALK_A,
  type StoredNote,
} from '../../support/youtube-site';
import { TALK_A_SECTION } from '../../support/fixtures/youtube/talks';

type Session = { chrome: { storage: { session: { set: (value: object) => Promise<void> } } } };

let browser: ExtensionBrowser;
let yt: Page;
let panel: Page;

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveYouTube(browser.ctx);
  yt = await browser.ctx.newPage();
  await yt.goto(TALK_A);
  await playerReady(yt);
  await yt.bringToFront();
  panel = await browser.openPage('panel/index.html');
  await panel.getByRole('button', { name: 'New session' }).click();
  await panel.getByLabel('Title').fill('Fixture Conference 2026');
  await panel.getByRole('button', { name: 'Create session' }).click();
  await panel.locator('textarea#note-input:not([disabled])').waitFor();
});
afterAll(async () => {
  await browser?.close({ removeProfile: true });
});

/** Types the note (what is not in the box yet) and saves it with Enter; resolves to the stored note. */
async function typeNote(text: string): Promise<StoredNote> {
  const before = (await readStore(browser.sw)).notes.length;
  const box = panel.getByLabel('Note', { exact: true });
  const typed = await box.inputValue();
  await box.pressSequentially(text.slice(typed.length), { delay: 5 });
  await box.press('Enter');
  await expect.poll(async () => (await readStore(browser.sw)).notes.length).toBe(before + 1);
  await expect.poll(() => box.inputValue()).toBe('');
  const { notes } = await readStore(browser.sw);
  return notes.find((n) => n.text === text)!;
}

async function sectionOf(note: StoredNote) {
  return (await readStore(browser.sw)).sections.find((s) => s.id === note.sectionId);
}

const bar = () => panel.locator('.now-watching');
/** Where the note box says the next note goes. */
const target = (page: Page) => page.locator('#note-target .target').textContent();

test('a note typed at 1:05 of talk A has 65 s ±1, the video id, and starts the talk’s section', async () => {
  await seekTo(yt, 65);
  await expect.poll(() => bar().textContent()).toContain('Now watching: Deploying on Fridays without fear · 1:05');
  const note = await typeNote('Deploy on Fridays only with a one-click rollback');
  expect(note.at?.videoId).toBe('cnfTalkAAA1');
  expect(Math.abs(note.at!.seconds - 65)).toBeLessThanOrEqual(1);
  expect(await sectionOf(note)).toMatchObject(TALK_A_SECTION);
  expect(await panel.locator('.note a.moment', { hasText: '1:05' }).getAttribute('href')).toMatch(
    /watch\?v=cnfTalkAAA1&t=65s/,
  );
});

test('after in-page navigation to talk B, the next note goes to B’s section at the playing time', async () => {
  await yt.locator('ytd-playlist-panel-video-renderer a[href*="cnfTalkBBB2"]').click();
  await expect.poll(() => yt.url()).toMatch(/cnfTalkBBB2/);
  await playerReady(yt);
  await seekTo(yt, 30, true);
  await expect.poll(() => bar().textContent()).toContain('Observability for humans: <logs> & "traces"');
  // The talk plays on: the moment is frozen at the first keystroke, between these two readings of the player.
  const before = await playerTime(yt);
  await panel.getByLabel('Note', { exact: true }).pressSequentially('T');
  // Talk B has no section yet: the note box says the note goes to a new section for the talk, at the frozen time.
  await expect
    .poll(() => target(panel))
    .toMatch(/^→ Observability for humans: <logs> & "traces" · 0:3\d \(new section\)$/);
  const after = await playerTime(yt);
  const note = await typeNote('Traces answer questions that logs cannot');
  expect(note.at?.videoId).toBe('cnfTalkBBB2');
  expect(note.at!.seconds).toBeGreaterThanOrEqual(Math.floor(before));
  expect(note.at!.seconds).toBeLessThanOrEqual(after);
  const section = await sectionOf(note);
  expect(section).toMatchObject({ sourceKey: 'youtube:cnfTalkBBB2', source: { index: 2 } });
  const a = (await readStore(browser.sw)).notes.find((n) => n.at?.videoId === 'cnfTalkAAA1')!;
  expect(a.sectionId).not.toBe(note.sectionId);
});

test('clicking a timestamp seeks the talk’s open tab; with no tab open on that talk, it opens the link', async () => {
  const { notes } = await readStore(browser.sw);
  const b = notes.find((n) => n.at?.videoId === 'cnfTalkBBB2')!;
  await seekTo(yt, 200);
  await panel.locator('.note a.moment', { hasText: `0:${String(b.at!.seconds).padStart(2, '0')}` }).click();
  // Polled until the player is at the note's moment: it was at 200 s, past the moment, before the click.
  const atMoment = async () => {
    const t = await playerTime(yt);
    return t >= b.at!.seconds && t < b.at!.seconds + 3;
  };
  await expect.poll(atMoment).toBe(true);
  expect(await yt.evaluate(() => document.visibilityState)).toBe('visible');

  const opened = browser.ctx.waitForEvent('page');
  await panel.bringToFront();
  await panel.locator('.note a.moment', { hasText: '1:05' }).click();
  const tab = await opened;
  await tab.waitForURL('https://www.youtube.com/watch?v=cnfTalkAAA1&t=65s');
  await tab.close();
  await yt.bringToFront();
  await panel.bringToFront();
});

test('the popup shows the talk too, and its note carries the moment', async () => {
  await seekTo(yt, 150);
  const popup = await browser.openPage('popup/index.html');
  await expect.poll(() => popup.locator('.now-watching').textContent()).toContain('Observability for humans');
  // A talk's note goes to the talk's section, not the popup's chosen one: the note box says so.
  await expect.poll(() => target(popup)).toMatch(/^→ Observability for humans: <logs> & "traces" · 2:3\d$/);
  const box = popup.getByLabel('Note', { exact: true });
  await box.pressSequentially('Taken from the popup', { delay: 5 });
  await box.press('Enter');
  await expect
    .poll(async () => (await readStore(browser.sw)).notes.some((n) => n.text === 'Taken from the popup'))
    .toBe(true);
  const stored = await readStore(browser.sw);
  const note = stored.notes.find((n) => n.text === 'Taken from the popup')!;
  expect(note.at).toEqual({ videoId: 'cnfTalkBBB2', seconds: 150 });
  const section = stored.sections.find((s) => s.id === note.sectionId)!;
  await expect
    .poll(() => popup.locator('.quick-capture > .status').textContent())
    .toBe(`Saved to ${section.title} at 2:30.`);
  await popup.close();
  await panel.bringToFront();
});

type Settings = { capture: { rewindSeconds: number; pauseWhileTyping: boolean } };
const setCapture = (capture: Settings['capture']) =>
  browser.sw.evaluate(
    (settings) =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set: (v: object) => Promise<void> } } } }
      ).chrome.storage.local.set({ settings }),
    { version: 1, capture } as Settings,
  );
const paused = () =>
  yt.evaluate(() => (window as unknown as { fixture: { video: () => HTMLVideoElement } }).fixture.video().paused);

test('with a 5 s rewind and pause-while-typing, the talk pauses at the first keystroke, resumes on save', async () => {
  await setCapture({ rewindSeconds: 5, pauseWhileTyping: true });
  await seekTo(yt, 100, true);
  const before = (await readStore(browser.sw)).notes.length;
  const box = panel.getByLabel('Note', { exact: true });
  await box.pressSequentially('Paused while I wrote this', { delay: 5 });
  await expect.poll(paused).toBe(true);
  const pausedAt = await playerTime(yt);
  await box.press('Enter');
  await expect.poll(async () => (await readStore(browser.sw)).notes.length).toBe(before + 1);
  await expect.poll(paused).toBe(false);
  const note = (await readStore(browser.sw)).notes.find((n) => n.text === 'Paused while I wrote this')!;
  expect(Math.abs(note.at!.seconds - (pausedAt - 5))).toBeLessThanOrEqual(1);
  await setCapture({ rewindSeconds: 0, pauseWhileTyping: false });
});

test('while an ad plays the panel says so, and the note gets no timestamp but stays with the talk', async () => {
  await yt.evaluate(() => (window as unknown as { fixture: { setAd: (on: boolean) => void } }).fixture.setAd(true));
  await expect.poll(() => bar().textContent()).toContain(PROBLEMS.ad);
  const note = await typeNote('The ad played over the demo');
  expect(note.at).toBeUndefined();
  expect((await sectionOf(note))?.sourceKey).toBe('youtube:cnfTalkBBB2');
  await yt.evaluate(() => (window as unknown as { fixture: { setAd: (on: boolean) => void } }).fixture.setAd(false));
});

test('on a YouTube page that is not a talk, the note is saved without a timestamp and the panel says why', async () => {
  await yt.locator('#logo').click();
  await expect.poll(() => yt.url()).toBe('https://www.youtube.com/');
  await expect.poll(() => bar().textContent()).toContain(PROBLEMS.notTalk);
  const note = await typeNote('Remember to look up the playlist later');
  expect(note.at).toBeUndefined();
});

test('quick capture opened by the add-note command uses the moment frozen at the key press', async () => {
  // Chromium offers no way to press an extension shortcut from a test: the command's frozen moment is put where
  // the command keeps it (storage.session), and the popup must take it instead of the player's time now.
  await yt.locator('ytd-rich-item-renderer a[href*="cnfTalkAAA1"]').click();
  await playerReady(yt);
  await seekTo(yt, 200);
  const frozen = {
    moment: { videoId: 'cnfTalkAAA1', seconds: 42 },
    source: { kind: 'youtube', videoId: 'cnfTalkAAA1' },
    title: 'Deploying on Fridays without fear',
    problem: '',
  };
  await browser.sw.evaluate((value) => (globalThis as unknown as Session).chrome.storage.session.set(value), {
    frozenMoment: { frozen, at: Date.now() },
  });
  const popup = await browser.openPage('popup/index.html');
  await expect.poll(() => target(popup)).toMatch(/ · 0:42$/);
  await popup.getByLabel('Note', { exact: true }).pressSequentially('Said when I pressed the key', { delay: 5 });
  await popup.getByLabel('Note', { exact: true }).press('Enter');
  await expect
    .poll(async () => (await readStore(browser.sw)).notes.some((n) => n.text === 'Said when I pressed the key'))
    .toBe(true);
  const note = (await readStore(browser.sw)).notes.find((n) => n.text === 'Said when I pressed the key')!;
  expect(note.at).toEqual({ videoId: 'cnfTalkAAA1', seconds: 42 });
  await popup.close();
});

test('after a browser restart, a note on talk A still goes to A’s section', async () => {
  const { sections } = await readStore(browser.sw);
  const sectionA = sections.find((s) => s.sourceKey === 'youtube:cnfTalkAAA1')!;
  await browser.close();
  browser = await launchWithExtension({ profileDir: browser.profileDir });
  await serveYouTube(browser.ctx);
  yt = await browser.ctx.newPage();
  await yt.goto(TALK_A);
  await playerReady(yt);
  await seekTo(yt, 90);
  await yt.bringToFront();
  panel = await browser.openPage('panel/index.html');
  await panel.locator('textarea#note-input:not([disabled])').waitFor();
  const note = await typeNote('Back after a restart');
  expect(note.sectionId).toBe(sectionA.id);
  expect(note.at).toEqual({ videoId: 'cnfTalkAAA1', seconds: 90 });
});
