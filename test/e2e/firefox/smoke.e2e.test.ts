// The harness itself: dist/firefox installs, its pages open as tabs, and the background answers their messages.
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  describeFirefox,
  FIREFOX_SLOW,
  launchFirefoxWithExtension,
  EXTENSION_ORIGIN,
  type FirefoxWithExtension,
} from './firefox';

describeFirefox('dist/firefox loads', () => {
  let firefox: FirefoxWithExtension;
  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
  }, FIREFOX_SLOW);
  afterAll(async () => {
    await firefox?.close();
  }, FIREFOX_SLOW);

  test('its pages open as tabs', async () => {
    expect(firefox.extensionId).toBe('confnotes@confnotes.app');
    for (const page of ['panel/index.html', 'popup/index.html', 'options/index.html']) {
      const tab = await firefox.openPage(page);
      expect(await tab.evaluate(() => location.href)).toBe(`${EXTENSION_ORIGIN}/${page}`);
      expect(await tab.$$eval('#app', (found) => found.length)).toBe(1);
      await tab.close();
    }
  });

  test('the background answers a page’s request', async () => {
    const tab = await firefox.openPage('panel/index.html');
    const answer = await tab.evaluate(async () => {
      const { runtime } = (
        globalThis as unknown as { browser: { runtime: { sendMessage: (m: object) => Promise<unknown> } } }
      ).browser;
      try {
        return { value: ((await runtime.sendMessage({ type: 'workspace/get' })) as { context: unknown }).context };
      } catch (error) {
        return { error: String(error) };
      }
    });
    // An error here ("Receiving end does not exist") would mean no background script runs.
    expect(answer).not.toHaveProperty('error');
    // The context is the last web-page tab (here the browser's first, blank tab), or null: never this page.
    const context = (answer as { value: { tabId?: unknown; url?: string } | null }).value;
    if (context !== null) {
      expect(context.tabId).toEqual(expect.any(Number));
      expect(context.url).not.toMatch(/^moz-extension:/);
    }
    await tab.close();
  });

  test('the add-note keyboard command is registered with its shortcut', async () => {
    const tab = await firefox.openPage('options/index.html');
    const commands = await tab.evaluate(() =>
      (
        globalThis as unknown as {
          browser: { commands: { getAll: () => Promise<{ name?: string; shortcut?: string }[]> } };
        }
      ).browser.commands.getAll(),
    );
    expect(commands).toContainEqual(expect.objectContaining({ name: 'add-note', shortcut: 'Alt+Shift+N' }));
    await tab.close();
  });
});
