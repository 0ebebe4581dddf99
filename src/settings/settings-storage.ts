/**
 * Settings and the remembered selection in `browser.storage.local`: the browser edge of stored-settings.ts.
 * Pages import these functions; the background calls migrateSettings() from runtime.onInstalled.
 */
import browser from 'webextension-polyfill';
import { settingsStorage } from './stored-settings';

const stored = settingsStorage(browser.storage.local, browser.storage.onChanged);

export const {
  loadSettings,
  saveSettings,
  migrateSettings,
  onSettingsChanged,
  loadSelection,
  saveSelection,
  onSelectionChanged,
} = stored;
