/**
 * YouTube notes in real Firefox, as test/e2e/youtube.e2e.test.ts does in Chromium: notes typed in the sidebar page
 * (opened as a tab, the YouTube tab staying the context) carry the player's moment and land under the talk, across
 * in-page navigation; a timestamp seeks; ads and pages that are not talks give notes without a timestamp.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import type { Note, Section, TextNote } from '../../../src/model/types';
import { PROBLEMS } from '../../../src/capture/youtube/page';
import { describeFirefox, FIREFOX_SLOW, launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox';
import { button, byLabel, readAll } from './page';
import { playerReady, playerTime, seekTo, serveYouTube, setAd, TALK_A } from './youtube-site';
import { TALK_A_SECTION } from '../../../support/fixtures/youtube/talks';

describeFirefox('timestamped notes on the YouTube fixture', () => {
  let firefox: FirefoxWithExtension;
  let yt: Page;
  let panel: Page;

  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
    serveYouTube(firefox);
    yt = await firefox.openSite(TALK_A);
    await playerReady(yt);
    panel = await firefox.openPage('panel/index.html');
    await (await button(panel, 'New session')).click();
    await (await byLabel(panel, 'Title')).type('Fixture Conference 2026');
    await (await button(panel, 'Create session')).click();
    await panel.waitForFunction(() => {
      const box = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Note')?.control;
      return box instanceof HTMLTextAreaElement && !box.disabled;
    });
  }, FIREFOX_SLOW);
  afterAll(async () => {
    await firefox?.close();
  }, FIREFOX_SLOW);

  const barText = () => panel.evaluate(() => document.querySelector('.now-watching')?.textContent ?? '');
  const notes = async () => (await readAll(panel, 'notes')).filter((n): n is TextNote => n.kind === 'text');
  const sectionOf = async (note: Note): Promise<Section | undefined> =>
    (await readAll(panel, 'sections')).find((s) => s.id === note.sectionId);

  async function typeNote(text: string): Promise<TextNote> {
    const before = (await notes()).length;
    const box = await byLabel(panel, 'Note');
    await box.type(text);
    await box.press('Enter');
    await expect.poll(async () => (await notes()).length).toBe(before + 1);
    // The box empties when the answer arrives, which is after the note is stored: a read in between sees it full.
    await expect.poll(() => box.evaluate((el) => (el as HTMLTextAreaElement).value)).toBe('');
    return (await notes()).find((n) => n.text === text)!;
  }

  test('a note typed at 1:05 of talk A has 65 s ±1, the video id, and starts the talk’s section', async () => {
    await seekTo(yt, 65);
    await expect.poll(barText).toContain('Now watching: Deploying on Fridays without fear · 1:05');
    const note = await typeNote('Deploy on Fridays only with a one-click rollback');
    expect(note.at?.videoId).toBe('cnfTalkAAA1');
    expect(Math.abs(note.at!.seconds - 65)).toBeLessThanOrEqual(1);
    expect(await sectionOf(note)).toMatchObject(TALK_A_SECTION);
    const links = await panel.$$eval('.note a.moment', (as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links).toContainEqual(['1:05', expect.stringMatching(/watch\?v=cnfTalkAAA1&t=65s/)]);
  });

  test("theatre and fullscreen layouts read the same; a channel not rendered yet comes from the page's own data", async () => {
    type Fixture = { fixture: { setLayout: (mode: string) => void } };
    type Api = {
      browser: {
        runtime: {
          sendMessage: (m: object) => Promise<{
            context: { youtube?: { channel: string; channelUrl: string; currentTime: number | null } } | null;
          }>;
        };
      };
    };
    const context = async () =>
      (
        await panel.evaluate(() =>
          (globalThis as unknown as Api).browser.runtime.sendMessage({ type: 'workspace/get' }),
        )
      ).context;
    for (const [mode, at] of [
      ['theater', 75],
      ['fullscreen', 85],
    ] as const) {
      await yt.evaluate((m: string) => (window as unknown as Fixture).fixture.setLayout(m), mode);
      await seekTo(yt, at);
      // Read from the page when asked. (Firefox does not push this seek to the bar after the player moved, as
      // Chromium does: noted for the push's owner, left out of this test of reading the page.)
      await expect.poll(async () => Math.round((await context())?.youtube?.currentTime ?? 0)).toBe(at);
    }
    await yt.evaluate(() => (window as unknown as Fixture).fixture.setLayout('default'));
    const owner = () => yt.evaluate(() => document.querySelector('ytd-video-owner-renderer a')!.textContent);
    const original = await owner();
    await yt.evaluate(() => {
      document.querySelector('ytd-video-owner-renderer a')!.textContent = '';
    });
    try {
      await expect
        .poll(async () => (await context())?.youtube)
        .toMatchObject({ channel: 'DevOpsDays Fixture', channelUrl: 'https://www.youtube.com/@devopsdaysfixture' });
    } finally {
      await yt.evaluate((name: string) => {
        document.querySelector('ytd-video-owner-renderer a')!.textContent = name;
      }, original ?? '');
    }
  });

  test('after in-page navigation to talk B, the next note goes to B’s section at the playing time', async () => {
    await yt.click('ytd-playlist-panel-video-renderer a[href*="cnfTalkBBB2"]');
    await yt.waitForFunction(() => location.href.includes('cnfTalkBBB2'));
    await playerReady(yt);
    await seekTo(yt, 30, true);
    await expect.poll(barText).toContain('Observability for humans: <logs> & "traces"');
    const at = await playerTime(yt);
    const note = await typeNote('Traces answer questions that logs cannot');
    expect(note.at?.videoId).toBe('cnfTalkBBB2');
    expect(Math.abs(note.at!.seconds - at)).toBeLessThanOrEqual(1.5);
    expect(await sectionOf(note)).toMatchObject({ sourceKey: 'youtube:cnfTalkBBB2', source: { index: 2 } });
    const a = (await notes()).find((n) => n.at?.videoId === 'cnfTalkAAA1')!;
    expect(a.sectionId).not.toBe(note.sectionId);
  });

  test('clicking a timestamp seeks the talk’s open tab', async () => {
    const b = (await notes()).find((n) => n.at?.videoId === 'cnfTalkBBB2')!;
    await seekTo(yt, 200);
    const label = `0:${String(b.at!.seconds).padStart(2, '0')}`;
    const link = await panel.waitForFunction(
      (text: string) => [...document.querySelectorAll('.note a.moment')].find((a) => a.textContent === text),
      {},
      label,
    );
    // Clear of the docked note box, which stays over the bottom of the list as a user scrolls.
    const anchor = link as unknown as ElementHandle<Element>;
    await anchor.evaluate((a) => a.scrollIntoView({ block: 'center' }));
    await anchor.click();
    // Polled until the player is at the note's moment: a time past it before the click must not pass.
    const atMoment = async () => {
      const t = await playerTime(yt);
      return t >= b.at!.seconds && t < b.at!.seconds + 3;
    };
    await expect.poll(atMoment).toBe(true);
    await firefox.activate(yt);
    await firefox.activate(panel);
  });

  test('while an ad plays the panel says so, and the note gets no timestamp but stays with the talk', async () => {
    await setAd(yt, true);
    await expect.poll(barText).toContain(PROBLEMS.ad);
    const note = await typeNote('The ad played over the demo');
    expect(note.at).toBeUndefined();
    expect((await sectionOf(note))?.sourceKey).toBe('youtube:cnfTalkBBB2');
    await setAd(yt, false);
  });

  test('on a YouTube page that is not a talk, the note is saved without a timestamp and the panel says why', async () => {
    await yt.click('#logo');
    await yt.waitForFunction(() => location.href === 'https://www.youtube.com/');
    await expect.poll(barText).toContain(PROBLEMS.notTalk);
    const note = await typeNote('Remember to look up the playlist later');
    expect(note.at).toBeUndefined();
  });
});
