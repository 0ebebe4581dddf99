// @vitest-environment jsdom
import { afterEach, expect, test } from 'vitest';
import { looksLikeMastodon } from './detect';

afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

test("Mastodon's web interface is known by its mount point", () => {
  document.body.innerHTML =
    '<div class="notranslate app-holder" id="mastodon" data-props="{&quot;locale&quot;:&quot;en&quot;}"></div>';
  expect(looksLikeMastodon()).toBe(true);
});

test('or by its initial state', () => {
  document.head.innerHTML =
    '<script id="initial-state" type="application/json">{"meta":{"domain":"mastodon.social"}}</script>';
  expect(looksLikeMastodon()).toBe(true);
});

test('another page, even one with an element called mastodon, is not', () => {
  document.body.innerHTML = '<div id="mastodon">Follow us on Mastodon</div><script id="initial-state">x</script>';
  expect(looksLikeMastodon()).toBe(false);
});

test('the function needs nothing from its module (the browser runs its source alone)', () => {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- what executeScript does with the function
  const alone = new Function(`return (${looksLikeMastodon.toString()})();`) as () => boolean;
  document.body.innerHTML = '<div id="mastodon" data-props="{}"></div>';
  expect(alone()).toBe(true);
});
