/**
 * Keeps whatever the browser scrolls into view above the docked note box: a control reached with Tab, a note just
 * saved, a search result opened. The dock is sticky at the bottom and its height changes (an error, Undo, the
 * target line wrapping), so its height is measured into `--dock-height`, which theme.css makes the page's scroll
 * padding.
 */
import { useEffect, type MutableRef } from 'preact/hooks';

export function useDockPadding(dock: MutableRef<HTMLElement | null>): void {
  useEffect(() => {
    const el = dock.current;
    const root = document.documentElement;
    if (!el || typeof ResizeObserver === 'undefined') return;
    // A measured length, which no class can carry: one custom property set from script, used in theme.css.
    // eslint-disable-next-line no-restricted-syntax -- see the line above
    const style = root.style;
    const observer = new ResizeObserver(() => {
      style.setProperty('--dock-height', `${Math.ceil(el.getBoundingClientRect().height)}px`);
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      style.removeProperty('--dock-height');
    };
  }, [dock]);
}
