/**
 * YouTube's awkward cases in real Chromium: ten in-page navigations leave one set of listeners, the miniplayer
 * and a swapped <video>, an extension reload under an open YouTube tab (the old script stops quietly, the panel
 * asks for a reload), and the content script's size in the build.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST_CHROME, launchWithExtension, type ExtensionBrowser } from '../../support/chromium';
import type { PageContext } from '../../src/model/context';
import { PROBLEMS } from '../../src/capture/youtube/page';
import { CONTEXT_PROBLEMS } from '../../src/capture/youtube/moment';
import { playerReady, seekTo, serveYouTube, TALK_A, TALK_B_PATH } from '../../support/youtube-site';

let browser: ExtensionBrowser;
let yt: Page;
const pageErrors: string[] = [];

type Fixture = {
  fixture: { navigate: (href: string, options?: { swapVideo?: boolean; miniplayer?: boolean }) => void };
};
const navigate = (href: string, options?: { swapVideo?: boolean; miniplayer?: boolean }) =>
  yt.evaluate(({ href, options }) => (window as unknown as Fixture).fixture.navigate(href, options), { href, options });

beforeAll(async () => {
  browser = await launchWithExtension({ args: ['--enable-unsafe-extension-debugging'] });
  await serveYouTube(browser.ctx);
  yt = await browser.ctx.newPage();
  yt.on('pageerror', (error) => pageErrors.push(error.message));
  yt.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await yt.goto(TALK_A);
  await playerReady(yt);
  await yt.bringToFront();
});
afterAll(async () => {
  await browser?.close({ removeProfile: true });
});

/** The listeners on document and window that the content script added (read in its isolated world). */
async function listenerCounts(): Promise<Record<string, number>> {
  const cdp = await browser.ctx.newCDPSession(yt);
  const worlds: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  const world = worlds.find((w) => w.auxData?.type === 'isolated' && w.name === 'Confnotes');
  const counts: Record<string, number> = {};
  if (!world) return counts;
  for (const target of ['document', 'window']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: target, contextId: world.id });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
    for (const l of listeners) counts[`${target}:${l.type}`] = (counts[`${target}:${l.type}`] ?? 0) + 1;
  }
  await cdp.detach();
  return counts;
}

type Runtime = { chrome: { runtime: { sendMessage: (message: object) => Promise<{ context: PageContext | null }> } } };
async function contextFromPanel(panel: Page): Promise<PageContext | null> {
  return (
    await panel.evaluate(() => (globalThis as unknown as Runtime).chrome.runtime.sendMessage({ type: 'workspace/get' }))
  ).context;
}

test('the YouTube content script is at most 10 KB minified', () => {
  const size = statSync(path.join(DIST_CHROME, 'content/youtube.js')).size;
  console.log(`content/youtube.js: ${size} bytes`);
  expect(size).toBeLessThanOrEqual(10 * 1024);
});

test('after ten in-page navigations nothing doubles, and the page read is the last one', async () => {
  const before = await listenerCounts();
  expect(before['document:yt-navigate-finish']).toBe(1);
  for (let i = 0; i < 10; i += 1) {
    await navigate(i % 2 === 0 ? TALK_B_PATH : '/watch?v=cnfTalkAAA1&list=PLconfnotesFixture01&index=1', {
      swapVideo: i % 3 === 0,
    });
  }
  expect(await listenerCounts()).toEqual(before);
  const panel = await browser.openPage('panel/index.html');
  await playerReady(yt);
  await expect.poll(async () => (await contextFromPanel(panel))?.youtube?.videoId).toBe('cnfTalkAAA1');
  await panel.close();
});

test("theatre and fullscreen layouts, and a channel not rendered yet: the page's own data, for its own talk only", async () => {
  type Layout = { fixture: { setLayout: (mode: string) => void } };
  const panel = await browser.openPage('panel/index.html');
  const read = async () => (await contextFromPanel(panel))?.youtube;
  await yt.bringToFront();
  for (const mode of ['theater', 'fullscreen']) {
    await yt.evaluate((m) => (window as unknown as Layout).fixture.setLayout(m), mode);
    await seekTo(yt, mode === 'theater' ? 75 : 85);
    await expect
      .poll(async () => (await read())?.currentTime ?? 0)
      .toBeGreaterThanOrEqual(mode === 'theater' ? 74 : 84);
    await expect
      .poll(() => panel.locator('.now-watching').textContent())
      .toContain(mode === 'theater' ? '1:15' : '1:25');
    expect(await read()).toMatchObject({ videoId: 'cnfTalkAAA1', channel: 'DevOpsDays Fixture', problem: '' });
  }
  await yt.evaluate(() => (window as unknown as Layout).fixture.setLayout('default'));
  // The owner link before YouTube renders it: talk A was opened directly, so its ytInitialPlayerResponse is A's.
  const hideOwner = () =>
    yt.evaluate(() => {
      document.querySelector('ytd-video-owner-renderer a')!.textContent = '';
    });
  await hideOwner();
  await expect
    .poll(read)
    .toMatchObject({ channel: 'DevOpsDays Fixture', channelUrl: 'https://www.youtube.com/@devopsdaysfixture' });
  // Reached by in-page navigation, talk B must not get talk A's channel from that same script.
  await navigate(TALK_B_PATH);
  await hideOwner();
  await expect.poll(read).toMatchObject({ videoId: 'cnfTalkBBB2', channel: '', channelUrl: '' });
  await navigate('/watch?v=cnfTalkAAA1&list=PLconfnotesFixture01&index=1');
  await panel.close();
});

test('the miniplayer on the home page is not taken for a talk; back on a talk, the swapped <video> is read', async () => {
  await yt.bringToFront();
  await seekTo(yt, 40, true);
  await navigate('/', { miniplayer: true });
  const panel = await browser.openPage('panel/index.html');
  const bar = panel.locator('.now-watching');
  await expect.poll(() => bar.textContent()).toContain(PROBLEMS.miniplayer);
  await navigate(TALK_B_PATH, { swapVideo: true });
  await playerReady(yt);
  await seekTo(yt, 125);
  await expect.poll(() => bar.textContent()).toContain('Observability for humans: <logs> & "traces" · 2:05');
  await panel.close();
});

test('after an extension reload the old script stops quietly and the panel asks to reload the tab', async () => {
  // What an update does: the same extension loaded again while the tab stays open (chrome.runtime.reload() would
  // disable an extension loaded from the command line).
  const cdp = await browser.ctx.browser()!.newBrowserCDPSession();
  expect(await cdp.send('Extensions.loadUnpacked' as never, { path: DIST_CHROME } as never)).toEqual({
    id: browser.extensionId,
  });
  await navigate('/watch?v=cnfTalkAAA1');
  await navigate(TALK_B_PATH);
  await yt.bringToFront();
  const panel = await browser.openPage('panel/index.html');
  await expect.poll(() => panel.locator('.now-watching').textContent()).toContain(CONTEXT_PROBLEMS.needsReload);
  const counts = await listenerCounts();
  expect(counts['document:yt-navigate-finish'] ?? 0).toBe(0);
  expect(pageErrors).toEqual([]);
});
