/**
 * bsky.app's DOM, in one place (React Native for Web: `testID` becomes `data-testid`). The fixture pages in
 * support/fixtures/bluesky show the shapes these were written against:
 * - a post in a feed is `div[role=link][data-testid="feedItem-by-<handle>"]`, in a thread
 *   `[data-testid="postThreadItem-by-<handle>"]` (the thread's own post has no link to itself: its address is the page's);
 * - its author line: links to `/profile/<handle>` (name, then `@handle`), and, except on the thread's own post, the
 *   time as a link to `/profile/<handle>/post/<rkey>` labelled with the full date;
 * - its text is bsky.app's RichText: `data-word-wrap="1"` (its `dataSet`), with the test id `postText` in feeds
 *   (a thread's own post and a quoted post have none), mentions (`/profile/…`), hashtags (`/hashtag/…`) and links as `<a>`;
 * - a quoted post is a `div[role=link]` inside it, with its own author line and text;
 * - a link card (an external embed) is one `<a>` to the link, outside the text, holding the thumbnail (on the same
 *   CDN as photos), then the title, the description and the domain, each a `dir="auto"` line;
 * - a video is a `<figure>` with a `<video poster>` and, when it has alt text, a `<figcaption>` (drawn only while
 *   the post is near the screen);
 * - the author's avatar and the photos are images on cdn.bsky.app, whose address holds the author's DID;
 * - a content warning (a label) hides the post behind `[data-testid^="contentHider"]` naming it;
 * - the controls row holds reply, repost, like and `postDropdownBtn`: where the Clip button goes.
 * CSS strings are for the content script's `querySelector`s; the parser uses the predicates.
 */
import { attr, tag, testIdLike, type ElementNode, type Test } from '../tweet/node';

/** One post of a feed or a thread; a quoted post inside one is not one of these. */
export const POST = '[data-testid^="feedItem-by-"],[data-testid^="postThreadItem-by-"]';
export const IS_POST: Test = testIdLike(/^(feedItem|postThreadItem)-by-/);
/** The handle a post's test id names. */
export const handleOfTestId = (el: ElementNode): string =>
  /^(?:feedItem|postThreadItem)-by-(.+)$/.exec(attr(el, 'data-testid'))?.[1] ?? '';
/** The column the content script watches: the page's main content. */
export const COLUMN = 'main';
/** The post's menu button: the controls row is its grandparent. */
export const MENU = '[data-testid="postDropdownBtn"]';

/** The post's text: the test id in feeds, RichText's word-wrap mark everywhere (a thread's own post, a quote). */
export const TEXT_ID: Test = (el) => attr(el, 'data-testid') === 'postText';
export const TEXT: Test = (el) => TEXT_ID(el) || attr(el, 'data-word-wrap') === '1';
export const QUOTE: Test = (el) => el.localName === 'div' && attr(el, 'role') === 'link' && !IS_POST(el);
export const HIDER: Test = testIdLike(/^contentHider/);
export const LINK = tag('a');
export const IMG = tag('img');
export const VIDEO = tag('video');
export const FIGURE = tag('figure');
export const CAPTION = tag('figcaption');
/** A line of text as React Native for Web draws a `<Text>`. */
export const LINE: Test = (el) => attr(el, 'dir') === 'auto';

/** A post's path: `/profile/<handle or did>/post/<rkey>`. */
export const POST_PATH = /^\/profile\/([^/]+)\/post\/([A-Za-z0-9._:~-]+)\/?$/;
export const PROFILE_PATH = /^\/profile\/([^/]+)\/?$/;
export const HASHTAG_PATH = /^\/hashtag\/([^/]+)\/?$/;
/** An image on Bluesky's CDN: `/img/<kind>/plain/<did>/<cid>@<format>`. */
export const CDN_IMAGE = /^https:\/\/cdn\.bsky\.app\/img\/([a-z_]+)\/plain\//;
