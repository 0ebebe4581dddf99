/**
 * Only the user clips, in real Chromium with dist/chrome on the X fixture timeline. The page's own script (main
 * world) tries everything a script can: click() on every button host, dispatched mouse, pointer and key events,
 * elementFromPoint, reaching the shadow root, and a patched attachShadow installed before our script ran. None of
 * it clips anything or reveals a label; the page's view of our buttons (markup, sizes) is the same before and after
 * the user clips; and a real click still clips.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { batches, firstCells } from '../../support/fixtures/x/pages';
import { clickButton, labelsOf, ourButtons } from '../../support/fixtures/x/clip-timing';
import * as fx from '../../support/fixtures/x/tweets';
import type { ExtensionBrowser } from '../../support/chromium';
import { openXSite, storedNotes } from './x-site';

let b: ExtensionBrowser;
let panel: Page;
let x: Page;
const readable = [...firstCells, ...batches.flat()].filter((t) => !t.ad).length;

/** What the page can see of our buttons: their markup, text and boxes. */
const pageView = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-confnotes]')].map((host) => {
      const box = host.getBoundingClientRect();
      return {
        html: host.outerHTML,
        text: (host as HTMLElement).innerText,
        width: box.width,
        height: box.height,
        shadow: host.shadowRoot !== null,
      };
    }),
  );

beforeAll(async () => {
  ({ b, panel } = await openXSite('Hallway'));
  x = await b.ctx.newPage();
  // The page's script, before any other: keeps every shadow root made through its own attachShadow.
  await x.addInitScript(() => {
    const caught: ShadowRoot[] = [];
    (window as unknown as { caught: ShadowRoot[] }).caught = caught;
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
      const root = attach.call(this, init);
      caught.push(root);
      return root;
    };
  });
  await x.goto('https://x.com/search?q=%23FjordOps');
});
afterAll(async () => {
  await b?.close({ removeProfile: true });
});

test('a page script clicking every "Clip to session" it can reach clips nothing and reads nothing', async () => {
  await expect.poll(async () => (await ourButtons(x)).length, { timeout: 10_000 }).toBe(readable);
  const before = await pageView(x);
  const tried = await x.evaluate(async () => {
    const hosts = [...document.querySelectorAll<HTMLElement>('[data-confnotes]')];
    for (const host of hosts) {
      host.click();
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
        host.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, cancelable: true }));
      }
      host.focus();
      for (const key of ['Enter', ' ']) {
        host.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
        host.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true }));
      }
      host.scrollIntoView();
      const box = host.getBoundingClientRect();
      (document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) as HTMLElement | null)?.click();
    }
    await new Promise((resolve) => setTimeout(resolve, 1500));
    return { hosts: hosts.length, roots: (window as unknown as { caught: ShadowRoot[] }).caught.length };
  });
  expect(tried).toEqual({ hosts: readable, roots: 0 });
  expect(await storedNotes(panel)).toEqual([]);
  const buttons = await ourButtons(x);
  expect(new Set(buttons.map((button) => button.label))).toEqual(new Set(['Clip to session']));
  expect(new Set(buttons.map((button) => button.root))).toEqual(new Set(['closed']));
  expect(before.every((view) => !view.shadow && view.text === '')).toBe(true);
});

test('a real click still clips, and the page sees nothing change on any button', async () => {
  const before = await pageView(x);
  await clickButton(x, fx.plain.id);
  await expect.poll(() => labelsOf(x, fx.plain.id)).toEqual(['Clipped to Hallway', 'Clipped']);
  const notes = await storedNotes(panel);
  expect(notes.map((n) => (n.kind === 'post' ? n.post.id : n.kind))).toEqual([fx.plain.id]);
  expect(await pageView(x)).toEqual(before);
});
