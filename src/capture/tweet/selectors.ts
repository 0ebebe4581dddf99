/**
 * X's DOM, in one place. Each selector says what it expects to find, so that when X changes its markup there is
 * one file to fix (the fixture pages in support/fixtures/x show the shapes these were written against). CSS strings
 * are for the content script's `querySelector`s on the live page; the parsers use the predicates.
 */
import { attr, tag, testId, testIdLike, type ElementNode, type Test } from './node';

/** One per tweet cell; never nested (a quoted tweet is a `div[role="link"]` inside its quoting tweet). */
export const TWEET = 'article[data-testid="tweet"]';
/** The scrolling column holding the timeline or conversation: the content script's observer root. */
export const TIMELINE = '[data-testid="primaryColumn"]';
/** Wraps promoted cells (ads), outside the article. X also wraps video players in it, inside the article. */
export const AD_WRAPPER = '[data-testid="placementTracking"]';

/** The tweet's text: spans, emoji `<img alt>`, links; carries `lang`. At most one per tweet, one per quote. */
export const TEXT = testId('tweetText');
/** "Show more" on a truncated long tweet: a button after the text, or (older markup) inside it. */
export const SHOW_MORE = testId('tweet-text-show-more-link');
/** Display name (a link, or plain text in a quote) and `@handle`. First one is the author's. */
export const USER_NAME = testId('User-Name');
/** The tweet's time; its enclosing link is the permalink (`/handle/status/id`). Ads show a label instead. */
export const TIME: Test = (el) => el.localName === 'time' && el.getAttribute('datetime') !== null;
/** The action bar (reply, repost, like...): where the Clip button goes. */
export const ACTIONS: Test = (el) => attr(el, 'role') === 'group';
/** A quoted tweet block inside a tweet (it holds its own User-Name). */
export const QUOTE: Test = (el) => el.localName === 'div' && attr(el, 'role') === 'link';
export const PHOTO = testId('tweetPhoto');
export const VIDEO = testId('videoPlayer', 'videoComponent', 'gifPlayer');
export const CARD = testId('card.wrapper');
export const POLL = testId('cardPoll');
/** An X Article: its title and rich text on its own page, its cover image in a timeline. */
export const ARTICLE_TITLE = testId('twitter-article-title');
export const ARTICLE_BODY = testId('twitterArticleRichTextView', 'longformRichTextComponent');
export const ARTICLE_COVER = testId('article-cover-image');
export const LINK = tag('a');
export const IMG = tag('img');
/** What is not content: icons, and the hidden parts of a shortened link. */
export const HIDDEN: Test = (el) => attr(el, 'aria-hidden') === 'true' || el.localName === 'svg';
export const CAROUSEL_BUTTON = testIdLike(/^Carousel-Nav/);

/** Hosts whose relative links (`/handle`, `/hashtag/x`) are X's own. */
export const X_HOSTS = /^(x|(mobile\.|www\.)?twitter)\.com$/;
/** A permalink path: `/handle/status/123`, possibly followed by `/photo/1`, `/analytics`... */
export const STATUS_PATH = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d{1,25})(?:\/|$)/;
/** A photo's own page: `/handle/status/123/photo/2`. */
export const PHOTO_PATH = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d{1,25})\/photo\/(\d)$/;
/** A profile link: `/handle`. */
export const PROFILE_PATH = /^\/([A-Za-z0-9_]{1,15})\/?$/;
/** How X shows a video's length: `0:42`, `1:02:03`. */
export const DURATION = /^\d{1,2}(:\d\d){1,2}$/;

export type { ElementNode };
