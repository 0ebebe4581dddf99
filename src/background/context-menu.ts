/**
 * The context menu: "Clip tweet to session" on X pages and "Clip post to session" on Bluesky's and on the
 * Mastodon instances the user enabled (the content script remembers what was right-clicked and reads the post around
 * it; the clip goes where a button click would put it), and on any web page "Clip page to session" and, over
 * selected text, "Clip selection to session" (a quote of the page, with its title and address).
 */
import browser from 'webextension-polyfill';
import { readCapture } from '../capture/tweet/capture';
import { logged } from '../log';
import { clipPage, clipSelection } from './page-handlers';
import { clipTweet } from './tweet-handlers';
import { askQuietly } from './tabs';
import { X_PAGES } from '../model/tweet';
import { readBlueskyCapture } from '../capture/bluesky/capture';
import { BLUESKY_PAGES } from '../model/bluesky';
import { clipBlueskyPost } from './bluesky-handlers';
import { instanceOrigin, originPattern } from '../capture/mastodon/instance';
import { clipMastodonPost, mastodonPostOf } from './mastodon-handlers';
import { storedInstances } from './mastodon-instances';

const TWEET_ID = 'clip-tweet';
const BLUESKY_ID = 'clip-bluesky-post';
const PAGE_ID = 'clip-page';
const SELECTION_ID = 'clip-selection';
const MASTODON_ID = 'clip-mastodon-post';
const WEB_PAGES = ['http://*/*', 'https://*/*'];

/** "Clip post to session" on the enabled instances' pages only; hidden when none is enabled. */
export function setMastodonMenu(origins: string[]): Promise<void> {
  const patterns = origins.map(originPattern);
  return Promise.resolve(
    browser.contextMenus.update(MASTODON_ID, {
      visible: patterns.length > 0,
      ...(patterns.length > 0 ? { documentUrlPatterns: patterns } : {}),
    }),
  ).catch(logged('showing the Mastodon post menu on the enabled instances'));
}

function createMenu(): void {
  void browser.contextMenus
    .removeAll()
    .then(() => {
      browser.contextMenus.create({
        id: TWEET_ID,
        title: 'Clip tweet to session',
        contexts: ['all'],
        documentUrlPatterns: X_PAGES,
      });
      browser.contextMenus.create({
        id: BLUESKY_ID,
        title: 'Clip post to session',
        contexts: ['all'],
        documentUrlPatterns: BLUESKY_PAGES,
      });
      browser.contextMenus.create({
        id: MASTODON_ID,
        title: 'Clip post to session',
        contexts: ['all'],
        visible: false,
      });
      browser.contextMenus.create({
        id: PAGE_ID,
        title: 'Clip page to session',
        contexts: ['page'],
        documentUrlPatterns: WEB_PAGES,
      });
      browser.contextMenus.create({
        id: SELECTION_ID,
        title: 'Clip selection to session',
        contexts: ['selection'],
        documentUrlPatterns: WEB_PAGES,
      });
      return storedInstances().then(setMastodonMenu);
    })
    .catch(logged('creating the context menu'));
}

/** Registered synchronously at start, so a service worker woken by a click still gets it. */
export function listenForTweetMenu(): void {
  browser.runtime.onInstalled.addListener(createMenu);
  browser.runtime.onStartup.addListener(createMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    // The tab's page (its title goes with its address, so not a frame's address even when clicked in one).
    const page = { url: info.pageUrl ?? tab?.url, title: tab?.title };
    if (info.menuItemId === PAGE_ID) {
      void clipPage(page, '').catch(logged('clipping the page'));
    } else if (info.menuItemId === SELECTION_ID) {
      void clipSelection(page, info.selectionText ?? '').catch(logged('clipping the selection'));
    } else if (info.menuItemId === TWEET_ID && tab?.id !== undefined) {
      void askQuietly(tab.id, 'tweet/at-point', {})
        .then((capture) => readCapture(capture))
        .then((tweet) => (tweet ? clipTweet(tweet, '') : null))
        .catch(logged('clipping a tweet from the context menu'));
    } else if (info.menuItemId === BLUESKY_ID && tab?.id !== undefined) {
      void askQuietly(tab.id, 'bluesky/at-point', {})
        .then((capture) => readBlueskyCapture(capture))
        .then((post) => (post ? clipBlueskyPost(post, '') : null))
        .catch(logged('clipping a Bluesky post from the context menu'));
    } else if (info.menuItemId === MASTODON_ID && tab?.id !== undefined) {
      const origin = instanceOrigin(tab.url);
      void storedInstances()
        .then(async (enabled) => {
          if (!origin || !enabled.includes(origin)) return null;
          const post = mastodonPostOf(await askQuietly(tab.id!, 'mastodon/at-point', {}), origin);
          return post ? clipMastodonPost(post, '') : null;
        })
        .catch(logged('clipping a Mastodon post from the context menu'));
    }
  });
}
