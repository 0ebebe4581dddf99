/**
 * Timestamps in the panel are ordinary links to `https://www.youtube.com/watch?v=ID&t=123s` (so they work when
 * copied, middle-clicked or when scripts fail). A plain click asks the background to seek the talk's open tab
 * instead; if that cannot be asked, the link opens as a link would.
 */
import { momentOfUrl } from '../src/model/youtube';
import type { Ask } from '../src/ui/page-deps';

/** Listens on `root` for clicks on timestamp links; returns the function that stops listening. */
export function seekOnTimestampClick(root: HTMLElement, ask: Ask): () => void {
  const onClick = (event: MouseEvent) => {
    // A click with a modifier (new tab, new window, download) keeps its usual meaning.
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    if (event.defaultPrevented || event.button !== 0 || modified) return;
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null;
    const moment = link ? momentOfUrl(link.href) : null;
    if (!link || !moment) return;
    event.preventDefault();
    const href = link.href;
    ask('youtube/seek', { moment, url: href }).then(
      (answer) => {
        if (!answer?.ok) window.open(href, '_blank', 'noopener');
      },
      () => window.open(href, '_blank', 'noopener'),
    );
  };
  root.addEventListener('click', onClick);
  return () => root.removeEventListener('click', onClick);
}
