/**
 * The background (a service worker in Chrome, background scripts in Firefox): the one writer of the notes and the
 * selection (see src/owner/), and what pages and content scripts cannot do themselves: knowing the context tab,
 * the keyboard command and the context menu. Listeners are registered synchronously at start so that a
 * restarted service worker still receives the event that woke it.
 */
import browser from 'webextension-polyfill';
import { migrateSettings } from '../settings/settings-storage';
import { startRouter } from './router';
import { contextHandlers } from './context-handlers';
import { captureHandlers } from './capture-handlers';
import { tweetHandlers } from './tweet-handlers';
import { workspaceHandlers } from './workspace-handlers';
import { listenForImports } from './backup-import';
import { pageHandlers } from './page-handlers';
import { announceContext } from './owner';
import { exportHandlers } from './export-handlers';
import { snapshotHandlers } from './snapshot-handlers';
import { scheduleHandlers } from './schedule-handlers';
import { searchHandlers } from './search-handlers';
import { onContextChange, trackContextTab } from './context-tab';
import { listenForCommands } from './commands';
import { listenForTweetMenu } from './context-menu';
import { logged } from '../log';

startRouter({
  ...workspaceHandlers,
  ...contextHandlers,
  ...captureHandlers,
  ...tweetHandlers,
  ...exportHandlers,
  ...pageHandlers,
  ...scheduleHandlers,
  ...snapshotHandlers,
  ...searchHandlers,
});
onContextChange(announceContext);
trackContextTab();
listenForCommands();
listenForTweetMenu();
listenForImports();
// Stored settings are brought to the current shape once per install or update (reads normalise them anyway).
browser.runtime.onInstalled.addListener(() => {
  migrateSettings().catch(logged('bringing the stored settings to the current shape'));
});
