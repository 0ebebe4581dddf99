// Per-browser manifests from the one manifest.json: a base plus a small patch each, so both lint cleanly.

/**
 * The browser versions the end-to-end suite runs on (Debian's chromium and firefox-esr), declared as the
 * minimums: what is tested is what is claimed. Lower them only after running `npm test` on the older browser.
 */
export const TESTED_BROWSERS = { chrome: '156', firefox: '153.0' };
export function manifestFor(base, target) {
  const m = structuredClone(base);
  if (target === 'chrome') {
    m.background = { service_worker: 'background.js' };
    // The oldest Chromium the end-to-end suite has run on (see TESTED_BROWSERS): stated rather than guessed.
    m.minimum_chrome_version = TESTED_BROWSERS.chrome;
    m.side_panel = { default_path: 'panel/index.html' };
    m.permissions = [...m.permissions, 'sidePanel'];
  } else {
    m.background = { scripts: ['background.js'] };
    m.sidebar_action = {
      default_title: 'Confnotes',
      default_panel: 'panel/index.html',
      default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
      open_at_install: false,
    };
    // 140 is the ESR that first knows data_collection_permissions (which AMO now asks of new add-ons); Firefox
    // for Android learnt it in 142. Declaring an older minimum makes `web-ext lint` warn that the key is unknown there.
    m.browser_specific_settings = {
      gecko: {
        id: 'confnotes@confnotes.app',
        strict_min_version: TESTED_BROWSERS.firefox,
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return m;
}
