/**
 * "Clip tweet to session" in the context menu of X pages: the content script remembers what was right-clicked
 * and reads the tweet around it; the clip then goes where a button click would put it.
 */
import browser from 'webextension-polyfill';
import { readCapture } from '../capture/tweet/capture';
import { clipTweet } from './tweet-handlers';
import { askQuietly } from './youtube-tab';

const MENU_ID = 'clip-tweet';
const PAGES = ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.twitter.com/*'];

function createMenu(): void {
  void browser.contextMenus
    .removeAll()
    .then(() => {
      browser.contextMenus.create({
        id: MENU_ID,
        title: 'Clip tweet to session',
        contexts: ['all'],
        documentUrlPatterns: PAGES,
      });
    })
    .catch(() => undefined);
}

/** Registered synchronously at start, so a service worker woken by a click still gets it. */
export function listenForTweetMenu(): void {
  browser.runtime.onInstalled.addListener(createMenu);
  browser.runtime.onStartup.addListener(createMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    void askQuietly(tab.id, 'tweet/at-point', {})
      .then((capture) => readCapture(capture))
      .then((tweet) => (tweet ? clipTweet(tweet, '') : null))
      .catch(() => undefined);
  });
}
