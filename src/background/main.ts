// Replaced by the background service worker.
