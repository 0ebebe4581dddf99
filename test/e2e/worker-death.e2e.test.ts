/**
 * A capture survives the background's worker dying, in real Chromium with dist/chrome. The worker is stopped
 * through the DevTools protocol (`ServiceWorker.stopAllWorkers`) while a clip or a panel note is in flight: held
 * waiting, because another extension page keeps a write transaction open on the notes. A clip (safe to send
 * twice) is sent again, wakes the worker, and reads "Clipped" only once its note is stored; a clip whose worker
 * dies on both attempts says it failed and stores nothing. A panel note (not safe to send twice: it may have been
 * saved) says it may not be saved and keeps the text; sent again, it is saved once.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { clickButton, labelsOf } from '../../support/fixtures/x/clip-timing';
import * as fx from '../../support/fixtures/x/tweets';
import type { ExtensionBrowser } from '../../support/chromium';
import { openXSite, storedNotes } from './x-site';

let b: ExtensionBrowser;
let panel: Page;
let x: Page;
let holder: Page;
let devtools: CDPSession;
/** The background worker's states as the protocol reports them, newest last. */
const states: string[] = [];

beforeAll(async () => {
  ({ b, panel } = await openXSite('Hallway'));
  x = await b.ctx.newPage();
  await x.goto('https://x.com/search?q=%23FjordOps');
  holder = await b.openPage('options/index.html');
  devtools = await b.ctx.newCDPSession(holder);
  devtools.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) if (v.scriptURL.endsWith('/background.js')) states.push(v.runningStatus);
  });
  await devtools.send('ServiceWorker.enable');
});
afterAll(async () => {
  await b?.close({ removeProfile: true });
});

/** Keeps a write transaction open on the notes from the holder page: the background's writes wait behind it. */
async function holdNotes(): Promise<void> {
  await holder.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('confnotes');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
        open.onsuccess = () => {
          const w = window as unknown as { release?: () => Promise<void> };
          const tx = open.result.transaction('notePages', 'readwrite');
          let held = true;
          const done = new Promise<void>((end) => (tx.oncomplete = () => end()));
          const again = () => {
            if (held) tx.objectStore('notePages').count().onsuccess = again;
          };
          again();
          w.release = () => {
            held = false;
            return done.then(() => open.result.close());
          };
          resolve();
        };
      }),
  );
}
const release = () => holder.evaluate(() => (window as unknown as { release: () => Promise<void> }).release());

/** Stops the background's worker, as Chrome does to an idle or crashed one, and waits until it is stopped. */
async function stopWorker(): Promise<void> {
  const from = states.length;
  await devtools.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => states.slice(from).includes('stopped')).toBe(true);
}
/**
 * Time for a request to reach the background and wait there, well within what the page waits for an answer
 * (4 s for a clip's first attempt, 10 s otherwise: src/delivery.ts); stopping the worker before a message reached it
 * would not be the case under test (the browser starts the worker again to deliver it).
 */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));
/** Waits until something woke the worker again. */
const running = (from: number) =>
  expect.poll(() => states.slice(from).includes('running'), { timeout: 15_000 }).toBe(true);

const clippedIds = async () => (await storedNotes(panel)).flatMap((n) => (n.kind === 'post' ? [n.post.id] : []));

test('a clip in flight when the worker dies is sent again, and reads "Clipped" only once it is stored', async () => {
  await expect.poll(async () => (await labelsOf(x, fx.photos.id)).length, { timeout: 10_000 }).toBeGreaterThan(0);
  await holdNotes();
  await clickButton(x, fx.plain.id);
  await expect.poll(() => labelsOf(x, fx.plain.id)).toContain('Clipping…');
  await settle(); // the background has it, waiting to write
  const stoppedAt = states.length;
  await stopWorker();
  await running(stoppedAt); // the clip, sent again, woke it
  for (let i = 0; i < 5; i++) {
    expect((await labelsOf(x, fx.plain.id)).filter((label) => label.startsWith('Clipped'))).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await release();
  // The button clicked says where the tweet went; the other copy, that it is clipped.
  await expect.poll(() => labelsOf(x, fx.plain.id), { timeout: 15_000 }).toEqual(['Clipped to Hallway', 'Clipped']);
  expect(await clippedIds()).toEqual([fx.plain.id]);
});

test('a clip whose worker dies on both attempts says it failed, stores nothing, and can be clipped again', async () => {
  await holdNotes();
  await clickButton(x, fx.photos.id);
  await expect.poll(() => labelsOf(x, fx.photos.id)).toContain('Clipping…');
  await settle();
  const first = states.length;
  await stopWorker();
  await running(first);
  await settle(); // the second attempt waits to write
  await stopWorker();
  await expect.poll(() => labelsOf(x, fx.photos.id), { timeout: 15_000 }).toContain('Clip failed');
  await release();
  expect(await clippedIds()).toEqual([fx.plain.id]);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(await clippedIds()).toEqual([fx.plain.id]);
  expect(await labelsOf(x, fx.photos.id)).toContain('Clip failed');

  await clickButton(x, fx.photos.id);
  await expect.poll(() => labelsOf(x, fx.photos.id), { timeout: 15_000 }).not.toContain('Clip failed');
  // The store lists notes by their random ids, not by tweet: both sides sorted.
  await expect.poll(async () => (await clippedIds()).sort()).toEqual([fx.plain.id, fx.photos.id].sort());
});

test('a panel note in flight when the worker dies says it may not be saved and keeps the text; sent again, it is saved once', async () => {
  const text = 'Said while the worker died';
  const box = panel.getByLabel('Note', { exact: true });
  await holdNotes();
  await box.fill(text);
  await box.press('Enter');
  await settle();
  await stopWorker();
  await expect
    .poll(async () => (await panel.getByRole('alert').allTextContents()).join(' '), { timeout: 15_000 })
    .toContain('Confnotes did not answer, so this may not be saved: check the notes, then try again.');
  expect(await box.inputValue()).toBe(text);
  await release();
  expect((await storedNotes(panel)).filter((n) => n.kind === 'text' && n.text === text)).toHaveLength(0);

  await box.press('Enter');
  await expect
    .poll(async () => (await storedNotes(panel)).filter((n) => n.kind === 'text' && n.text === text))
    .toHaveLength(1);
  await expect.poll(() => box.inputValue()).toBe('');
});
