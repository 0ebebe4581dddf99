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
import { blueskyHandlers } from './bluesky-handlers';
import { postHandlers } from './post-handlers';
import { postCommentHandlers } from './post-comment';
import { workspaceHandlers } from './workspace-handlers';
import { listenForImports } from './backup-import';
import { pageHandlers } from './page-handlers';
import { announceContext } from './owner';
import { exportHandlers } from './export-handlers';
import { snapshotHandlers } from './snapshot-handlers';
import { scheduleHandlers } from './schedule-handlers';
import { searchHandlers } from './search-handlers';
import { keepInstancesInStep, mastodonHandlers } from './mastodon-instances';
import { mastodonClipHandlers } from './mastodon-handlers';
import { onContextChange, trackContextTab } from './context-tab';
import { listenForCommands } from './commands';
import { listenForTweetMenu } from './context-menu';
import { logged } from '../log';
import { fillThumbs } from './thumb-fill';
import { thumbOfBlob } from './thumbs';
import { backgroundStore } from './store';

startRouter({
  ...workspaceHandlers,
  ...contextHandlers,
  ...captureHandlers,
  ...tweetHandlers,
  ...blueskyHandlers,
  ...postHandlers,
  ...postCommentHandlers,
  ...exportHandlers,
  ...pageHandlers,
  ...scheduleHandlers,
  ...snapshotHandlers,
  ...searchHandlers,
  ...mastodonHandlers,
  ...mastodonClipHandlers,
});
onContextChange(announceContext);
trackContextTab();
listenForCommands();
listenForTweetMenu();
listenForImports();
keepInstancesInStep();
// Stored settings are brought to the current shape once per install or update (reads normalise them anyway).
browser.runtime.onInstalled.addListener(() => {
  migrateSettings().catch(logged('bringing the stored settings to the current shape'));
});
// Images kept before thumbnails existed get theirs after the update that brings the database to them, and any
// left without one (an image that could not be decoded) are tried again when the browser starts.
const makeThumbnails = () => void fillThumbs(backgroundStore, thumbOfBlob).catch(logged('making thumbnails'));
browser.runtime.onInstalled.addListener(makeThumbnails);
browser.runtime.onStartup.addListener(makeThumbnails);
