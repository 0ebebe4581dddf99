import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../support/chromium';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close({ removeProfile: true });
});

test('dist/chrome loads: its service worker starts and its pages open', async () => {
  expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  for (const page of ['panel/index.html', 'popup/index.html', 'options/index.html']) {
    const tab = await browser.openPage(page);
    expect(await tab.locator('#app').count()).toBe(1);
    await tab.close();
  }
});
