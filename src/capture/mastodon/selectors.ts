/**
 * Mastodon's web interface (4.x, and forks on the same components: glitch-soc, Hometown), in one place. Written
 * against mastodon/mastodon's components (status.jsx, detailed_status.tsx, status_content.jsx, media_gallery.jsx,
 * status_quoted.tsx, content_warning.tsx, display_name) and shown by the fixture pages in support/fixtures/mastodon.
 * CSS strings are for the content script's `querySelector`s on the live page; the parsers use the predicates (each
 * made `@__PURE__`, so that the content script, which imports a few of these, carries none of the others).
 */
import { attr, type ElementNode, type Test } from '../tweet/node';

/** Whether the element has this class (the parsers' trees have no classList). */
export const hasClass = (el: ElementNode, name: string): boolean => ` ${attr(el, 'class')} `.includes(` ${name} `);
const cls =
  (...names: string[]): Test =>
  (el) =>
    names.some((name) => hasClass(el, name));

/**
 * One per post: a status in a timeline or thread (`div.status[data-id]`), or the post a status page is about
 * (`div.detailed-status`). A quoted post is a `.status.status--is-quote` inside its quoting post, not one of these.
 */
export const POST = '.status[data-id]:not(.status--is-quote), .detailed-status';
/** The app's mount point, whose subtree the content script watches (every column is inside it). */
export const APP_ROOT = '#mastodon';
/** Where the clip button goes: the post's own action bar (a quoted post has none). */
export const ACTION_BAR = '.status__action-bar, .detailed-status__action-bar';

/** The post's permalink (`/@acct/<id>`): the relative time of a status, the full date of a status page's post. */
export const PERMALINK: Test = (el) =>
  el.localName === 'a' && (hasClass(el, 'status__relative-time') || hasClass(el, 'detailed-status__datetime'));
/** `<time datetime>` inside a status's relative time (a status page's post shows its date as text only). */
export const TIME: Test = (el) => el.localName === 'time' && el.getAttribute('datetime') !== null;
/** The author's link (`/@acct`) holding the avatar and display name. */
export const AUTHOR = /* @__PURE__ */ cls('status__display-name', 'detailed-status__display-name');
/** The display name's HTML (custom emoji as `img.emojione`), and the `@acct` beside it. */
export const NAME = /* @__PURE__ */ cls('display-name__html');
export const ACCOUNT = /* @__PURE__ */ cls('display-name__account');
/** The text: `div.status__content__text[lang]` with `<p>`s, links, mentions, hashtags, custom emoji. */
export const TEXT = /* @__PURE__ */ cls('status__content__text');
/** A content warning (4.3+): its text in a `<p>`, before a "Show more" button. `--filter` is the user's filter. */
export const WARNING: Test = (el) => hasClass(el, 'content-warning') && !hasClass(el, 'content-warning--filter');
/** Older markup (to 4.2): the warning's `<p>` holds its text and the `status__content__spoiler-link` button. */
export const OLD_WARNING_BUTTON = /* @__PURE__ */ cls('status__content__spoiler-link');
/** The quoted post, inside its quoting post. */
export const QUOTE = /* @__PURE__ */ cls('status__quote');
export const QUOTED_POST: Test = (el) => hasClass(el, 'status') && hasClass(el, 'status--is-quote');
export const GALLERY_ITEM = /* @__PURE__ */ cls('media-gallery__item');
/** A photo's link to its full-size file, with the preview `<img alt>` inside. */
export const PHOTO_LINK = /* @__PURE__ */ cls('media-gallery__item-thumbnail');
export const GIFV = /* @__PURE__ */ cls('media-gallery__item-gifv-thumbnail');
export const VIDEO = /* @__PURE__ */ cls('video-player', 'audio-player');
export const CARD = /* @__PURE__ */ cls('status-card');
export const CARD_TITLE = /* @__PURE__ */ cls('status-card__title');
export const CARD_HOST = /* @__PURE__ */ cls('status-card__host');
export const CARD_DESCRIPTION = /* @__PURE__ */ cls('status-card__description');
/**
 * A poll (poll.jsx, inside the status's content): a `label.poll__option` per choice, with `.poll__option__text`
 * and, once results show, `.poll__number` (the percentage, titled with the choice's votes) or, before a vote, the
 * `.poll__input` to pick; then `.poll__footer`: its buttons, the count (`34 people`), and a `<time datetime>` saying
 * when it ends, or `Closed`.
 */
export const POLL = /* @__PURE__ */ cls('poll');
export const POLL_OPTION = /* @__PURE__ */ cls('poll__option');
export const POLL_TEXT = /* @__PURE__ */ cls('poll__option__text');
export const POLL_NUMBER = /* @__PURE__ */ cls('poll__number');
export const POLL_FOOTER = /* @__PURE__ */ cls('poll__footer');
/** A link's hidden parts (`https://`, the tail Mastodon cuts) and the shown part that ends in a CSS ellipsis. */
export const INVISIBLE: Test = (el) => hasClass(el, 'invisible');
export const ELLIPSIS: Test = (el) => hasClass(el, 'ellipsis');

/** A status's address on the instance: `/@acct/<id>` (acct: `user` or `user@host`); the advanced UI's `/deck/…`. */
export const STATUS_PATH = /^(?:\/deck)?\/@([^/@\s]+(?:@[^/@\s]+)?)\/([A-Za-z0-9]{1,64})\/?$/;
/** An account's address: `/@user` or `/@user@host`. */
export const ACCOUNT_PATH = /^\/@([^/@\s]+(?:@[^/@\s]+)?)\/?$/;
