// `npm start`: opens Chromium with the freshly built dist/chrome on a fresh profile, and a first page saying what
// to do first. It needs a display; Chromium's sandbox stays on wherever it works (everywhere but as root).
import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const extension = path.join(root, 'dist/chrome');
const executablePath = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(
  (p) => p && existsSync(p),
);
if (!executablePath) {
  console.error('Chromium not found: install it with `apt-get install -y chromium` or set CHROMIUM_PATH.');
  process.exit(1);
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('npm start needs a display (neither DISPLAY nor WAYLAND_DISPLAY is set): run it in a desktop session,');
  console.error('or under a virtual one (`xvfb-run npm start`); `npm test` needs none.');
  process.exit(1);
}
// Chromium refuses its sandbox as root; elsewhere it keeps it, so no --no-sandbox warning bar shows.
const chromiumSandbox = process.getuid?.() !== 0;
const profile = mkdtempSync(path.join(tmpdir(), 'confnotes-start-'));
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: false,
  chromiumSandbox,
  viewport: null,
  ignoreDefaultArgs: ['--disable-extensions'],
  args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-first-run'],
});
const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
const id = new URL(sw.url()).host;
const page = ctx.pages()[0] ?? (await ctx.newPage());
await page.setContent(`<!doctype html><title>Confnotes: start here</title>
<body style="font: 16px/1.5 system-ui; max-width: 40em; margin: 3em auto; padding: 0 1em">
<h1>Confnotes is loaded</h1>
<ol>
<li>Pin the Confnotes icon (the puzzle piece in the toolbar) and click it: its popup takes a quick note, and its
<b>Open</b> button opens the side panel, where the notes live.</li>
<li>Create a session for the conference in the side panel.</li>
<li>Open a talk on YouTube and type a note in the side panel: it is stamped with the playback time.</li>
<li>On X, the <b>Clip</b> button under a tweet puts it in the session.</li>
<li>The <a href="chrome-extension://${id}/options/index.html">options page</a> holds the export settings and backups.</li>
</ol></body>`);
console.log(`Confnotes ${id} loaded from dist/chrome, profile ${profile}.`);
console.log('Close the browser (or press Ctrl+C) to stop.');
ctx.on('close', () => process.exit(0));
process.on('SIGINT', () => ctx.close());
