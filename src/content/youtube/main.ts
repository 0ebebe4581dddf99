/**
 * The YouTube content script, on every youtube.com page (YouTube navigates in-page, so a script matched only on
 * /watch would never load after a click from the home page). It reads nothing and watches nothing by itself:
 * it keeps its navigation listeners and answers the background's requests, reading the page when asked.
 * Kept tiny (no UI framework, no polyfill): see src/content/runtime.ts.
 */
import { extensionAlive, onRequest } from '../runtime';
import { startLifecycle } from './lifecycle';
import { answer } from './player';

const lifecycle = startLifecycle({
  doc: document,
  alive: extensionAlive,
  onPage(signal) {
    onRequest((request) => {
      lifecycle.checkUrl();
      return answer(document, request);
    }, signal);
  },
});
