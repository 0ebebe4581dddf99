/**
 * Every YouTube selector Confnotes relies on, in one place, each with what it is expected to match on a watch page
 * (support/fixtures/youtube/ has pages of this shape). When YouTube changes its DOM, this is the file to fix.
 */
export const YT = {
  /** The watch page's shell; carries `video-id` once the page has switched to the new talk (0 or 1). */
  watchFlexy: 'ytd-watch-flexy',
  /** The player's <video> elements: the main player's, sometimes also a miniplayer's (1 or 2). */
  video: '#movie_player video.html5-main-video, .html5-video-player video.html5-main-video',
  /** A player element, whose class list says `ad-showing` while an ad plays (on the video's player ancestor). */
  player: '#movie_player, .html5-video-player',
  /** The miniplayer, which may keep a <video> while the main player shows another (0 or 1). */
  miniplayer: 'ytd-miniplayer, .ytdMiniplayerComponentHost',
  /** The talk's title (1 on desktop watch pages; `#eow-title` in the layout of 2019 and before). */
  title: 'ytd-watch-metadata h1, #above-the-fold #title h1, .slim-video-information-title, #eow-title',
  /** The channel's link under the video (1; `.yt-user-info` in the layout of 2019 and before). */
  channel:
    'ytd-watch-metadata ytd-video-owner-renderer ytd-channel-name a, ytd-video-owner-renderer #channel-name a, ' +
    '#owner #channel-name a, .slim-owner-channel-name a, #watch7-user-header .yt-user-info a',
  /** Meta tags that go stale after in-page navigation: only trusted when their id matches the URL's. */
  metaVideoId: 'meta[itemprop="videoId"], meta[itemprop="identifier"]',
  metaTitle: 'meta[property="og:title"], meta[name="title"]',
  metaUrl: 'meta[property="og:url"], link[rel="canonical"]',
  ldJson: 'script[type="application/ld+json"]',
} as const;
