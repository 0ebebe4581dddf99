/**
 * Finds posts as a site streams them in (X's tweets, Bluesky's posts). One MutationObserver on the page's column
 * (not the document): added nodes are queued and handled once per animation frame, each looked at only where it
 * was added (its own post, or the posts inside it). Before the site has rendered the column there is nothing to
 * watch: the caller's slow check arms again once it exists. Everything stops when `signal` aborts (an in-page
 * navigation or the extension going away).
 */

/** Watches the column (`column` selector) for posts (`post` selector) and returns it; null when there is none yet. */
export function watchColumn(
  doc: Document,
  selectors: { column: string; post: string },
  signal: AbortSignal,
  onPosts: (articles: Element[]) => void,
): Element | null {
  const { column: TIMELINE, post: TWEET } = selectors;
  const root = doc.querySelector(TIMELINE);
  if (!root) return null;
  let pending: Node[] = [];

  const flush = () => {
    if (signal.aborted) return;
    const found = new Set<Element>();
    for (const node of pending) {
      if (!(node instanceof Element) || !node.isConnected || node.hasAttribute('data-confnotes')) continue;
      const own = node.closest(TWEET);
      if (own) found.add(own);
      else for (const article of node.querySelectorAll(TWEET)) found.add(article);
    }
    pending = [];
    if (found.size > 0) onPosts([...found]);
  };

  const observer = new MutationObserver((records) => {
    // A hidden tab gets no frames: the site keeps streaming there, and the posts wait until the tab is shown.
    if (pending.length === 0) requestAnimationFrame(flush);
    for (const record of records) pending.push(...record.addedNodes);
  });
  observer.observe(root, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  // The tweets already there go through the same queue, after the caller knows the root.
  pending.push(root);
  requestAnimationFrame(flush);
  return root;
}
