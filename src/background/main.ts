/**
 * The background (a service worker in Chrome, background scripts in Firefox). It owns what pages and content
 * scripts cannot do themselves: knowing the context tab, writing captures to IndexedDB for content scripts,
 * the keyboard command and the context menu. Listeners are registered synchronously at start so that a
 * restarted service worker still receives the event that woke it.
 */
import { startRouter } from './router';
import { contextHandlers } from './context-handlers';
import { captureHandlers } from './capture-handlers';
import { tweetHandlers } from './tweet-handlers';
import { panelHandlers } from './panel-handlers';
import { trackContextTab } from './context-tab';
import { listenForCommands } from './commands';
import { listenForTweetMenu } from './context-menu';

startRouter({ ...contextHandlers, ...captureHandlers, ...tweetHandlers, ...panelHandlers });
trackContextTab();
listenForCommands();
listenForTweetMenu();
