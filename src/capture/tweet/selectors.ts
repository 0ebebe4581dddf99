/**
 * X's DOM, in one place. Each selector says what it expects to find, so that when X changes its markup there is
 * one file to fix (and the fixture pages in test/fixtures/x show the shape these were written against).
 */
export const X = {
  /** One per tweet cell; never nested (a quoted tweet is a `div[role="link"]` inside its quoting tweet). */
  tweet: 'article[data-testid="tweet"]',
  /** The scrolling column holding the timeline or conversation: the content script's observer root. */
  timeline: '[data-testid="primaryColumn"]',
  /** The tweet's text: spans, emoji `<img alt>`, links; carries `lang`. At most one per tweet, one per quote. */
  text: '[data-testid="tweetText"]',
  /** "Show more" on a truncated long tweet: the text we can read is not all of it. */
  showMore: '[data-testid="tweet-text-show-more-link"]',
  /** Display name (a link, or plain text in a quote) and `@handle`. First one is the author's. */
  userName: '[data-testid="User-Name"]',
  /** The tweet's time; its enclosing link is the permalink (`/handle/status/id`). */
  time: 'time[datetime]',
  /** The action bar (reply, repost, like...): where the Clip button goes. */
  actions: '[role="group"]',
  /** A quoted tweet block inside a tweet. */
  quote: 'div[role="link"]',
  photo: '[data-testid="tweetPhoto"]',
  video: '[data-testid="videoPlayer"], [data-testid="videoComponent"]',
  card: '[data-testid="card.wrapper"]',
  cardDetail: '[data-testid$=".detail"]',
  /** Wraps promoted cells (ads). */
  adWrapper: '[data-testid="placementTracking"]',
} as const;

/** Labels X puts on promoted tweets, in the languages we have seen. */
export const AD_LABELS = /^(Ad|Promoted|Gesponsert|Anzeige|Sponsorisé|Promocionado|Promovido|広告|プロモーション)$/;

/** Hosts whose relative links (`/handle`, `/hashtag/x`) are X's own. */
export const X_HOSTS = /^(x\.com|twitter\.com|mobile\.twitter\.com|www\.twitter\.com)$/;

/** A permalink path: `/handle/status/123`, possibly followed by `/photo/1`, `/analytics`... */
export const STATUS_PATH = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d{1,25})(?:\/|$)/;

/** A profile link: `/handle`. */
export const PROFILE_PATH = /^\/([A-Za-z0-9_]{1,15})\/?$/;
