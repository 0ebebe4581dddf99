/**
 * The button we put in a tweet's action bar. It lives in a shadow root with its own few styles, so X's CSS cannot
 * restyle it and ours cannot leak into X. Its host stops the click from reaching X (which would open the tweet).
 */
export type ButtonKind = 'clip' | 'thread';

// Colours readable on X's light, dim and dark themes alike.
const STYLE = 'button{all:initial;font:600 13px system-ui,sans-serif;color:#1d9bf0;border:1px solid;border-radius:9em;'
  + 'padding:3px 10px;margin:0 4px;cursor:pointer;white-space:nowrap}button:focus-visible{outline:2px solid}'
  + '[data-state=done]{color:#00ba7c}[data-state=error]{color:#f4212e}';

export const LABELS: Record<ButtonKind, string> = { clip: 'Clip to session', thread: 'Clip thread' };

export function createButton(kind: ButtonKind, id: string, onClick: () => void, signal: AbortSignal): HTMLElement {
  const host = document.createElement('span');
  host.dataset.confnotes = kind;
  host.dataset.confnotesId = id;
  host.style.cssText = 'display:inline-flex;align-items:center;flex-shrink:0';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = LABELS[kind];
  shadow.append(style, button);
  host.addEventListener('click', (event) => {
    event.stopPropagation();
    event.preventDefault();
    onClick();
  }, { signal });
  // X's keyboard shortcuts (Enter opens the tweet, l likes it...) are not for our button.
  host.addEventListener('keydown', (event) => event.stopPropagation(), { signal });
  return host;
}

/** Shows a state on a button: its label, and a tooltip for errors. */
export function setButton(host: Element, label: string, state: 'idle' | 'busy' | 'done' | 'error', detail = ''): void {
  const button = host.shadowRoot?.querySelector('button');
  if (!button) return;
  button.textContent = label;
  button.setAttribute('data-state', state);
  if (detail) button.title = detail;
  else button.removeAttribute('title');
}
