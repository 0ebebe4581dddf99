/**
 * The clip buttons of one page: added to each readable, non-promoted tweet's action bar, "Clip thread" on a status
 * page whose tweet continues as a self-thread, and the "Clipped" state on every copy of a clipped tweet.
 */
import { first, type ElementNode } from '../../capture/tweet/node';
import { isPromoted, permalink, quoteBlock } from '../../capture/tweet/permalink';
import { ACTIONS, TWEET } from '../../capture/tweet/selectors';
import { statusIdOf } from '../../capture/tweet/thread';
import { askBackground } from '../runtime';
import { createButton, isOurButton, setButton, type ButtonKind } from '../clip-button';
import { offerComment } from '../clip-comment';
import { captureOf, pageArticles } from './page-capture';

const node = (el: Element): ElementNode => el;
/** The tweet's own action bar (not its quoted tweet's). */
const actionBar = (article: Element) => {
  const quote = quoteBlock(node(article));
  return first(node(article), ACTIONS, (el) => el === quote) as unknown as Element | null;
};

/** Tweet ids known to be clipped into the current session (this page's lifetime). Never shown to the page. */
const clipped = new Set<string>();
/** Our clip buttons and their tweets, held here rather than read back from attributes a page could change. */
const clipButtons = new Map<Element, string>();
/** The buttons the user clipped with: they say where the tweet went, which "Clipped" must not overwrite. */
const filedFrom = new WeakSet<Element>();

export function markClipped(ids: string[]): void {
  for (const id of ids) clipped.add(id);
  for (const [host, id] of clipButtons) {
    if (!host.isConnected) clipButtons.delete(host);
    else if (clipped.has(id) && !filedFrom.has(host)) setButton(host, 'Clipped', 'done');
  }
}

/**
 * Sends the tweet's markup (the background parses it); `id` is the tweet the button is on. A clipped tweet's button
 * then says where it went and offers a comment.
 */
async function clip(host: Element, article: Element, kind: ButtonKind, id: string, signal: AbortSignal) {
  setButton(host, 'Clipping…', 'busy');
  const articles = kind === 'thread' ? pageArticles(true) : [article];
  if (articles.length === 0) return setButton(host, 'Could not read tweet', 'error');
  let result: Awaited<ReturnType<typeof askBackground<'tweet/clip-page'>>>;
  try {
    // Retried once if the background's worker died under it; "Clipped" only once the note is stored.
    result = await askBackground('tweet/clip-page', { capture: captureOf(articles), comment: '' });
  } catch {
    // Shown to the user on the button: the only failure left after the retry is that the background never answered.
    return setButton(host, 'Clip failed', 'error', 'Confnotes did not answer: try again.');
  }
  if ('error' in result) return setButton(host, 'Clip failed', 'error', result.error);
  markClipped([id]);
  if (kind === 'thread') return setButton(host, result.duplicate ? 'Already clipped' : 'Thread clipped', 'done');
  filedFrom.add(host);
  const { note, sectionTitle } = result;
  offerComment(host, { noteId: note.id, sectionTitle, comment: note.kind === 'post' ? note.comment : '' }, signal);
}

/** Adds our buttons to these articles (those without one yet) and asks which of them are already clipped. */
export function addButtons(articles: Element[], signal: AbortSignal, onError: (error: unknown) => void): void {
  const base = location.href;
  const fresh: string[] = [];
  for (const article of articles) {
    if ([...article.querySelectorAll('[data-confnotes="clip"]')].some(isOurButton) || isPromoted(article)) continue;
    const id = permalink(node(article), quoteBlock(node(article)), base)?.id;
    const bar = actionBar(article);
    if (!id || !bar) continue;
    const host: Element = createButton(
      'clip',
      id,
      () => void clip(host, article, 'clip', id, signal).catch(onError),
      signal,
    );
    if (clipped.has(id)) setButton(host, 'Clipped', 'done');
    clipButtons.set(host, id);
    bar.append(host);
    fresh.push(id);
  }
  addThreadButton(base, signal, onError);
  if (fresh.length > 0) {
    askBackground('tweet/clipped', { ids: fresh }).then((r) => markClipped(r.clipped), onError);
  }
}

/** On a status page: "Clip thread" on the page's tweet once its author's next tweet follows it. */
function addThreadButton(base: string, signal: AbortSignal, onError: (error: unknown) => void): void {
  const id = statusIdOf(base);
  if (!id || [...document.querySelectorAll('[data-confnotes="thread"]')].some(isOurButton)) return;
  const articles = [...document.querySelectorAll(TWEET)];
  const links = articles.map((a) => permalink(node(a), quoteBlock(node(a)), base));
  const at = links.findIndex((link) => link?.id === id);
  const author = (i: number) => links[i]?.handle.toLowerCase();
  const focal = articles[at];
  const bar = focal && actionBar(focal);
  if (!bar || !author(at + 1) || author(at) !== author(at + 1)) return;
  const host: Element = createButton(
    'thread',
    id,
    () => void clip(host, focal, 'thread', id, signal).catch(onError),
    signal,
  );
  bar.append(host);
}
