/**
 * Whether a page is Mastodon's web interface, asked only when the user opens the popup on it: the background
 * injects this function into that one tab (`scripting.executeScript`, allowed by the popup click's `activeTab`
 * grant), so no script runs on sites the user has not enabled. It must stay self-contained: the browser runs its
 * source text alone in the page, without the module around it.
 *
 * Mastodon's server renders every web-interface page (and its forks': glitch-soc, Hometown) with the app's mount
 * point, `<div id="mastodon" class="app-holder" data-props="…">`, and its state as
 * `<script id="initial-state" type="application/json">`; either one is enough.
 */
export function looksLikeMastodon(): boolean {
  return (
    document.querySelector('#mastodon[data-props]') !== null ||
    document.querySelector('script#initial-state[type="application/json"]') !== null
  );
}
