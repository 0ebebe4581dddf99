/**
 * X's DOM, in one place. Each selector says what it expects to find, so that when X changes its markup there is
 * one file to fix (and the fixture pages in test/fixtures/x show the shape these were written against).
 */
/** One per tweet cell; never nested (a quoted tweet is a `div[role="link"]` inside its quoting tweet). */
export const TWEET = 'article[data-testid="tweet"]';
/** The scrolling column holding the timeline or conversation: the content script's observer root. */
export const TIMELINE = '[data-testid="primaryColumn"]';
/** The tweet's text: spans, emoji `<img alt>`, links; carries `lang`. At most one per tweet, one per quote. */
export const TEXT = '[data-testid="tweetText"]';
/** "Show more" on a truncated long tweet: the text we can read is not all of it. */
export const SHOW_MORE = '[data-testid="tweet-text-show-more-link"]';
/** Display name (a link, or plain text in a quote) and `@handle`. First one is the author's. */
export const USER_NAME = '[data-testid="User-Name"]';
/** The tweet's time; its enclosing link is the permalink (`/handle/status/id`). */
export const TIME = 'time[datetime]';
/** The action bar (reply, repost, like...): where the Clip button goes. */
export const ACTIONS = '[role="group"]';
/** A quoted tweet block inside a tweet. */
export const QUOTE = 'div[role="link"]';
export const PHOTO = '[data-testid="tweetPhoto"]';
export const VIDEO = '[data-testid="videoPlayer"], [data-testid="videoComponent"]';
export const CARD = '[data-testid="card.wrapper"]';
export const CARD_DETAIL = '[data-testid$=".detail"]';
/** Wraps promoted cells (ads). */
export const AD_WRAPPER = '[data-testid="placementTracking"]';

/** Labels X puts on promoted tweets (English; the ad wrapper covers other languages). */
export const AD_LABELS = /^(Ad|Promoted)$/;

/** Hosts whose relative links (`/handle`, `/hashtag/x`) are X's own. */
export const X_HOSTS = /^(x|(mobile\.|www\.)?twitter)\.com$/;

/** A permalink path: `/handle/status/123`, possibly followed by `/photo/1`, `/analytics`... */
export const STATUS_PATH = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d{1,25})(?:\/|$)/;

/** A profile link: `/handle`. */
export const PROFILE_PATH = /^\/([A-Za-z0-9_]{1,15})\/?$/;
