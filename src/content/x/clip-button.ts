/**
 * The button we put in a tweet's action bar. The page is not ours, and its scripts must not be able to clip on the
 * user's behalf nor learn what the user clipped, so:
 * - the button lives in a closed shadow root (the page cannot reach it, nor read its label or state), and our
 *   own code keeps the only reference to it;
 * - it acts only on trusted input (`event.isTrusted`): a page's `host.click()` or dispatched event does nothing;
 * - its size does not change with its label, so the page cannot tell "Clipped" from "Clip to session" by layout.
 * Its host stops the click from reaching X (which would open the tweet), and X's CSS cannot restyle it.
 */
export type ButtonKind = 'clip' | 'thread';
export type ButtonState = 'idle' | 'busy' | 'done' | 'error';

// Colours readable on X's light, dim and dark themes alike. A fixed width: see above.
const STYLE =
  'button{all:initial;display:inline-block;width:10em;overflow:hidden;text-overflow:ellipsis;' +
  'text-align:center;font:600 13px system-ui,sans-serif;color:#1d9bf0;border:1px solid;border-radius:9em;' +
  'padding:3px 8px;margin:0 4px;cursor:pointer;white-space:nowrap}' +
  'button:focus-visible{outline:2px solid}[data-state=done]{color:#00ba7c}[data-state=error]{color:#f4212e}';

export const LABELS: Record<ButtonKind, string> = { clip: 'Clip to session', thread: 'Clip thread' };

/** Our hosts and their buttons: the only way to a button, since its shadow root is closed. */
const buttons = new WeakMap<Element, HTMLButtonElement>();

export function createButton(kind: ButtonKind, id: string, onClick: () => void, signal: AbortSignal): HTMLElement {
  const host = document.createElement('span');
  host.dataset.confnotes = kind;
  host.dataset.confnotesId = id;
  host.style.cssText = 'display:inline-flex;align-items:center;flex-shrink:0';
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = LABELS[kind];
  shadow.append(style, button);
  buttons.set(host, button);
  host.addEventListener(
    'click',
    (event) => {
      event.stopPropagation();
      event.preventDefault();
      // A real click or key press is trusted; a page script's click() or dispatchEvent is not.
      if (event.isTrusted) onClick();
    },
    { signal },
  );
  // X's keyboard shortcuts (Enter opens the tweet, l likes it...) are not for our button.
  host.addEventListener('keydown', (event) => event.stopPropagation(), { signal });
  return host;
}

/** True for a host this script made (a page can copy our attributes onto its own elements). */
export function isOurButton(host: Element): boolean {
  return buttons.has(host);
}

/** Shows a state on a button: its label, and a tooltip for errors. */
export function setButton(host: Element, label: string, state: ButtonState, detail = ''): void {
  const button = buttons.get(host);
  if (!button) return;
  button.textContent = label;
  button.setAttribute('data-state', state);
  if (detail) button.title = detail;
  else button.removeAttribute('title');
}
