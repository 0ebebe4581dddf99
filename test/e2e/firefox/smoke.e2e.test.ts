// The harness itself: dist/firefox installs, its pages open as tabs, and the background answers their messages.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeFirefox, FIREFOX_SLOW, launchFirefoxWithExtension, EXTENSION_ORIGIN, type FirefoxWithExtension } from './firefox';

describeFirefox('dist/firefox loads', () => {
  let firefox: FirefoxWithExtension;
  beforeAll(async () => { firefox = await launchFirefoxWithExtension(); }, FIREFOX_SLOW);
  afterAll(async () => { await firefox?.close(); }, FIREFOX_SLOW);

  test('its pages open as tabs', async () => {
    expect(firefox.extensionId).toBe('confnotes@confnotes.app');
    for (const page of ['panel/index.html', 'popup/index.html', 'options/index.html']) {
      const tab = await firefox.openPage(page);
      expect(await tab.evaluate(() => location.href)).toBe(`${EXTENSION_ORIGIN}/${page}`);
      expect(await tab.$$eval('#app', (found) => found.length)).toBe(1);
      await tab.close();
    }
  });

  test('the background answers a page: with the context, or with its handler’s own error', async () => {
    const tab = await firefox.openPage('panel/index.html');
    const answer = await tab.evaluate(async () => {
      const { runtime } = (globalThis as unknown as { browser: { runtime: { sendMessage(m: object): Promise<unknown> } } }).browser;
      try {
        return { value: await runtime.sendMessage({ type: 'context/get' }) };
      } catch (error) {
        return { error: String(error) };
      }
    });
    // "Receiving end does not exist" would mean no background script runs.
    expect(answer.error ?? '').not.toMatch(/Receiving end|establish connection/i);
    if (!('error' in answer)) expect(answer.value === null || typeof answer.value === 'object').toBe(true);
    await tab.close();
  });
});
