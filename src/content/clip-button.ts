/**
 * The button we put in a post's action bar (X's tweets, Bluesky's posts). The page is not ours, and its scripts must not be able to clip on the
 * user's behalf nor learn what the user clipped, so:
 * - the button lives in a closed shadow root (the page cannot reach it, nor read its label or state), and our
 *   own code keeps the only reference to it;
 * - it acts only on trusted input (`event.isTrusted`): a page's `host.click()` or dispatched event does nothing;
 * - its size does not change with its label, so the page cannot tell "Clipped" from "Clip to session" by layout.
 *   The "Add comment" button beside it takes its place from the start (hidden until a clip), and the comment
 *   field opens in the place of both.
 * Its host stops the click from reaching the site (which would open the post), and the site's CSS cannot restyle it.
 */
export type ButtonKind = 'clip' | 'thread';
export type ButtonState = 'idle' | 'busy' | 'done' | 'error';

// Colours readable on X's light, dim and dark themes alike. Fixed sizes: see above.
const STYLE =
  'button,input{all:initial;box-sizing:border-box;display:inline-block;height:24px;font:600 13px system-ui,sans-serif;' +
  'color:#1d9bf0;border:1px solid;border-radius:9em;padding:3px 8px;margin:0 0 0 4px;white-space:nowrap}' +
  'button{width:10em;overflow:hidden;text-overflow:ellipsis;text-align:center;cursor:pointer}' +
  'button.comment{width:2.4em;padding:3px 0}input{width:calc(12.4em + 4px);font-weight:400;color:inherit;' +
  'border-radius:6px;cursor:text}[hidden]{display:none}.unoffered{visibility:hidden}' +
  ':focus-visible{outline:2px solid}[data-state=done]{color:#00ba7c}[data-state=error]{color:#f4212e}';

export const LABELS: Record<ButtonKind, string> = { clip: 'Clip to session', thread: 'Clip thread' };

/** The parts of one of our buttons, inside its closed shadow root. */
export interface ButtonParts {
  button: HTMLButtonElement;
  comment: HTMLButtonElement;
  field: HTMLInputElement;
}

/** Our hosts and their parts: the only way to a button, since its shadow root is closed. */
const parts = new WeakMap<Element, ButtonParts>();

/** Calls `act` for trusted input only: a real click or key press, never a page script's click() or event. */
export function onTrusted<E extends Event>(
  target: EventTarget,
  type: string,
  act: (event: E) => void,
  signal: AbortSignal,
) {
  target.addEventListener(type, (event) => event.isTrusted && act(event as E), { signal });
}

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
  const comment = document.createElement('button');
  comment.type = 'button';
  comment.className = 'comment unoffered';
  comment.textContent = '✎';
  comment.setAttribute('aria-label', 'Add comment');
  comment.title = 'Add comment';
  const field = document.createElement('input');
  field.hidden = true;
  field.setAttribute('aria-label', 'Comment on this clip');
  field.placeholder = 'Comment (Enter saves)';
  shadow.append(style, button, comment, field);
  parts.set(host, { button, comment, field });
  onTrusted(button, 'click', onClick, signal);
  // Whatever reaches the host goes no further: a click would open the tweet, X's keyboard shortcuts (Enter opens
  // the tweet, l likes it...) are not for our controls, nor is what is typed in the comment field.
  host.addEventListener(
    'click',
    (event) => {
      event.stopPropagation();
      event.preventDefault();
    },
    { signal },
  );
  for (const type of ['keydown', 'keyup', 'keypress', 'input', 'beforeinput']) {
    host.addEventListener(type, (event) => event.stopPropagation(), { signal });
  }
  return host;
}

/** True for a host this script made (a page can copy our attributes onto its own elements). */
export function isOurButton(host: Element): boolean {
  return parts.has(host);
}

/** The parts of one of our hosts (for the comment field, clip-comment.ts). */
export function partsOf(host: Element): ButtonParts | undefined {
  return parts.get(host);
}

/** Shows a state on a button: its label, and a tooltip for errors. */
export function setButton(host: Element, label: string, state: ButtonState, detail = ''): void {
  const button = parts.get(host)?.button;
  if (!button) return;
  button.textContent = label;
  button.setAttribute('data-state', state);
  if (detail) button.title = detail;
  else button.removeAttribute('title');
}
