// `npm start`: opens Chromium with the freshly built dist/chrome on a fresh profile, and a YouTube tab.
import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const extension = path.join(root, 'dist/chrome');
const executablePath = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium']
  .find((p) => p && existsSync(p));
if (!executablePath) {
  console.error('Chromium not found: install it with `apt-get install -y chromium` or set CHROMIUM_PATH.');
  process.exit(1);
}
const headless = !process.env.DISPLAY && process.platform === 'linux';
const profile = mkdtempSync(path.join(tmpdir(), 'confnotes-start-'));
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath, headless, viewport: null,
  ignoreDefaultArgs: ['--disable-extensions'],
  args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-first-run'],
});
const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
const id = new URL(sw.url()).host;
const page = ctx.pages()[0] ?? (await ctx.newPage());
await page.goto(`chrome-extension://${id}/panel/index.html`);
console.log(`Confnotes ${id} loaded from dist/chrome, profile ${profile}.`);
if (headless) console.log('No display found: Chromium runs headless. Set DISPLAY to see the window.');
console.log('Close the browser (or press Ctrl+C) to stop.');
ctx.on('close', () => process.exit(0));
process.on('SIGINT', () => ctx.close());
