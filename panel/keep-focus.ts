/**
 * Keyboard users keep their place. Moving an item re-inserts it in the list, and closing an editor or a menu
 * removes the focused control; either way focus would fall back to the top of the page. `refocus(button)` puts
 * it back on that button once the list has settled, or on the item's actions toggle when the button is gone or
 * disabled (e.g. "Move up" at the top).
 */
import { useCallback, useRef } from 'preact/hooks';

export function useKeepFocus() {
  const toggle = useRef<HTMLButtonElement>(null);
  const refocus = useCallback((button?: HTMLButtonElement | null) => {
    requestAnimationFrame(() => (button && button.isConnected && !button.disabled ? button : toggle.current)?.focus());
  }, []);
  /** Runs an action started from a button, then puts focus back on that button. */
  const thenRefocus = useCallback(
    (event: Event, action: () => Promise<unknown>) => {
      const button = event.currentTarget as HTMLButtonElement;
      void action().then(() => refocus(button));
    },
    [refocus],
  );
  return { toggle, refocus, thenRefocus };
}
